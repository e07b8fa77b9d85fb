import type { Metadata } from "next";
import { headers } from "next/headers";
import { requirePagePermission } from "@/lib/auth/guards";
import { findSubmissionForErasure } from "@/lib/db/submissions/find-submission-for-erasure";
import { normalizeReferenceCode } from "@/lib/domain/submission/reference-code";
import { clientKeyFrom } from "@/lib/http/client-key";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { EraseSubmissionForm } from "@/components/admin/erasure/erase-submission-form";
import { eraseSubmissionAction } from "@/lib/actions/admin/erasure";

export const metadata: Metadata = { title: "Patient data requests" };
export const dynamic = "force-dynamic";

export default async function ErasurePage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const staff = await requirePagePermission("patient-data:erase", "/admin/erasure");
  const raw = (await searchParams).code;
  const typed = typeof raw === "string" ? raw : "";
  const code = typed ? normalizeReferenceCode(typed) : null;
  const candidate = code ? await findSubmissionForErasure(code, staff, clientKeyFrom(await headers())) : null;
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-2 text-2xl font-bold">Patient data requests</h1>
      <p className="mb-4 max-w-prose text-slate-700">
        When a patient asks for a copy of their data or for it to be erased, find their submission by the reference code
        on their confirmation. Downloading and erasing are both in the audit log; after erasure the log keeps the
        reference code only. Copies in earlier backups go when those backups are rotated out.
      </p>
      <form method="get" className="mb-6 flex max-w-xl flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm">
        <div className="grow">
          <Field id="code" label="Reference code" hint="As the patient reads it, e.g. ABCD-EFGH">
            {(describedBy) => (
              <input
                id="code"
                name="code"
                className={inputClass}
                defaultValue={typed}
                autoComplete="off"
                aria-describedby={describedBy}
              />
            )}
          </Field>
        </div>
        <Button type="submit">Find submission</Button>
      </form>
      {typed && !code ? (
        <Alert tone="warning" title="That is not a reference code">
          <p>A reference code has eight letters and digits, e.g. ABCD-EFGH.</p>
        </Alert>
      ) : null}
      {code && !candidate ? (
        <Alert tone="info" title={`No submission has the code ${code}`}>
          <p>It may have been erased already or purged at the end of the retention period.</p>
        </Alert>
      ) : null}
      {candidate ? (
        <section aria-labelledby="found-h" className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
          <h2 id="found-h" className="text-xl font-semibold">
            Submission {candidate.referenceCode}
          </h2>
          <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Patient</dt>
            <dd>{candidate.patientName}</dd>
            <dt className="font-semibold">Received</dt>
            <dd>{candidate.createdAt.toISOString().slice(0, 10)}</dd>
            <dt className="font-semibold">Status</dt>
            <dd>{candidate.status.replace("_", " ").toLowerCase()}</dd>
            <dt className="font-semibold">Notes</dt>
            <dd>{candidate.notes}</dd>
          </dl>
          <p>
            <a href={`/admin/erasure/${candidate.id}/export`} className="font-semibold underline">
              Download this patient&apos;s data (JSON with the FHIR Bundle)
            </a>
          </p>
          <h3 className="text-lg font-semibold">Erase</h3>
          <EraseSubmissionForm
            action={eraseSubmissionAction}
            submissionId={candidate.id}
            referenceCode={candidate.referenceCode}
          />
        </section>
      ) : null}
    </>
  );
}
