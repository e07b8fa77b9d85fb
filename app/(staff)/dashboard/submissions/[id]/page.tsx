import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listSubmissionAlerts } from "@/lib/db/alerts/list-submission-alerts";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { listAssignableStaff } from "@/lib/db/submissions/list-assignable-staff";
import { viewSubmission } from "@/lib/db/submissions/view-submission";
import { acknowledgementView } from "@/lib/domain/submission/acknowledgement-view";
import { noteView } from "@/lib/domain/submission/live-change";
import { clientKeyFrom } from "@/lib/http/client-key";
import { PatientHeaderActions } from "@/components/dashboard/patient-header-actions";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { SubmissionDetail } from "@/components/dashboard/submission-detail";
import { SubmissionAlertsPanel } from "@/components/dashboard/submission-alerts";
import { SubmissionLiveState } from "@/components/dashboard/submission-live-state";
import { AddNoteForm, SubmissionWorkflow } from "@/components/dashboard/submission-workflow";
import {
  acknowledgeSubmissionAction,
  addNoteAction,
  assignSubmissionAction,
  changeStatusAction,
} from "@/lib/actions/dashboard/submission";

export const metadata: Metadata = { title: "Submission" };
export const dynamic = "force-dynamic";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requirePagePermission("submission:read", `/dashboard/submissions/${id}`);
  const origin = clientKeyFrom(await headers());
  const now = new Date();
  const timeZone = await getClinicTimeZone();
  const [submission, alerts, colleagues] = await Promise.all([
    viewSubmission(id, staff, { origin, timeZone, now }),
    listSubmissionAlerts(id),
    listAssignableStaff(),
  ]);
  if (!submission || !alerts) notFound();
  const canUpdate = can(staff.role, "submission:update");
  return (
    <>
      <StaffNav staff={staff} />
      <SubmissionLiveState
        staffId={staff.id}
        rendered={{
          rowVersion: submission.rowVersion,
          acknowledgement: acknowledgementView(submission.acknowledgedAt, submission.acknowledgedByName, timeZone),
          status: submission.status,
          assignee: submission.assignee,
          notes: submission.notes.map((n) => noteView(n, timeZone)),
        }}
      >
        <SubmissionDetail
          submission={submission}
          timeZone={timeZone}
          now={now}
          headerActions={
            <PatientHeaderActions
              submissionId={submission.id}
              rowVersion={submission.rowVersion}
              acknowledge={
                !submission.acknowledgedAt && can(staff.role, "submission:acknowledge")
                  ? acknowledgeSubmissionAction
                  : undefined
              }
              assignToMe={canUpdate ? assignSubmissionAction : undefined}
              markContacted={canUpdate ? changeStatusAction : undefined}
              logCall={canUpdate ? addNoteAction : undefined}
            />
          }
          side={
            <>
              {canUpdate ? (
                <section aria-labelledby="workflow-h" className="rounded-lg bg-white p-4 shadow-sm">
                  <h2 id="workflow-h" className="mb-2 text-lg font-semibold">
                    Workflow
                  </h2>
                  <SubmissionWorkflow
                    submissionId={submission.id}
                    rowVersion={submission.rowVersion}
                    status={submission.status}
                    assignee={submission.assignee}
                    staffId={staff.id}
                    colleagues={colleagues}
                  />
                </section>
              ) : null}
              <SubmissionAlertsPanel alerts={alerts} timeZone={timeZone} />
              {can(staff.role, "submission:export") ? (
                <nav aria-label="Export" className="no-print flex flex-wrap gap-4 text-sm">
                  <a
                    href={`/api/dashboard/submissions/${submission.id}/fhir`}
                    download
                    className="font-semibold underline"
                  >
                    Download as FHIR QuestionnaireResponse (JSON)
                  </a>
                  <a
                    href={`/api/dashboard/submissions/${submission.id}/fhir/bundle`}
                    download
                    className="font-semibold underline"
                  >
                    Download as FHIR Bundle with triage and scores (JSON)
                  </a>
                  <Link href={`/dashboard/submissions/${submission.id}/print`} className="font-semibold underline">
                    Print view
                  </Link>
                </nav>
              ) : null}
            </>
          }
          noteForm={
            canUpdate ? <AddNoteForm submissionId={submission.id} rowVersion={submission.rowVersion} /> : undefined
          }
        />
      </SubmissionLiveState>
    </>
  );
}
