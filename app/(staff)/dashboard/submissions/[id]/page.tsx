import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guards";
import { viewSubmission } from "@/lib/db/submissions/view-submission";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { SubmissionDetail } from "@/components/dashboard/submission-detail";

export const metadata: Metadata = { title: "Submission" };
export const dynamic = "force-dynamic";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requirePagePermission("submission:read", `/dashboard/submissions/${id}`);
  const submission = await viewSubmission(id, staff);
  if (!submission) notFound();
  return (
    <>
      <StaffNav staff={staff} />
      <SubmissionDetail submission={submission} />
    </>
  );
}
