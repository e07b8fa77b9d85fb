import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guards";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { viewSubmission } from "@/lib/db/submissions/view-submission";
import { formatClinicTime } from "@/lib/domain/time/clinic-time";
import { clientKeyFrom } from "@/lib/http/client-key";
import { SubmissionDetail } from "@/components/dashboard/submission-detail";
import { PrintButton } from "@/components/ui/print-button";

export const metadata: Metadata = { title: "Submission (print)" };
export const dynamic = "force-dynamic";

/** The submission on paper: no navigation or forms, compact type (see the print rules in app/globals.css). */
export default async function SubmissionPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requirePagePermission("submission:export", `/dashboard/submissions/${id}/print`);
  const now = new Date();
  const timeZone = await getClinicTimeZone();
  const submission = await viewSubmission(id, staff, {
    origin: clientKeyFrom(await headers()),
    via: "print",
    timeZone,
    now,
  });
  if (!submission) notFound();
  return (
    <div className="print-view">
      <div className="no-print mb-4 flex flex-wrap items-center gap-4">
        <PrintButton />
        <Link href={`/dashboard/submissions/${id}`} className="font-semibold underline">
          Back to the submission
        </Link>
      </div>
      <SubmissionDetail submission={submission} timeZone={timeZone} now={now} />
      <p className="mt-4 text-xs text-slate-600">
        Printed by {staff.name} on {formatClinicTime(now, timeZone)}. Confidential patient information.
      </p>
    </div>
  );
}
