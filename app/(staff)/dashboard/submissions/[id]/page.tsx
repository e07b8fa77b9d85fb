import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listSubmissionAlerts } from "@/lib/db/alerts/list-submission-alerts";
import { viewSubmission } from "@/lib/db/submissions/view-submission";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { SubmissionDetail } from "@/components/dashboard/submission-detail";
import { SubmissionAlertsPanel } from "@/components/dashboard/submission-alerts";

export const metadata: Metadata = { title: "Submission" };
export const dynamic = "force-dynamic";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requirePagePermission("submission:read", `/dashboard/submissions/${id}`);
  const [submission, alerts] = await Promise.all([viewSubmission(id, staff), listSubmissionAlerts(id)]);
  if (!submission || !alerts) notFound();
  return (
    <>
      <StaffNav staff={staff} />
      <SubmissionDetail
        submission={submission}
        actions={<SubmissionAlertsPanel alerts={alerts} canAcknowledge={can(staff.role, "submission:acknowledge")} />}
      />
    </>
  );
}
