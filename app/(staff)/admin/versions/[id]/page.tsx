import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guards";
import { getVersion } from "@/lib/db/question-sets/get-version";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { WordingEditor } from "@/components/admin/wording-editor";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Edit question set" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, { tone: "success" | "warning"; text: string }> = {
  saved: { tone: "success", text: "Draft saved." },
  stale: {
    tone: "warning",
    text: "Someone else saved this draft after you opened it. Nothing was overwritten: reload to see their changes.",
  },
  invalid: {
    tone: "warning",
    text: "Every question and option needs wording (up to 1000 characters). Nothing was saved.",
  },
  "not-a-draft": { tone: "warning", text: "Only drafts can be changed. Published versions stay as patients saw them." },
  "draft-exists": { tone: "warning", text: "A draft already exists; you are editing it." },
};

export default async function VersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { id } = await params;
  const staff = await requirePagePermission("question-set:edit", `/admin/versions/${id}`);
  const [{ status }, version] = await Promise.all([searchParams, getVersion(id)]);
  if (!version) notFound();
  const message = status ? MESSAGES[status] : undefined;
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-2 text-2xl font-bold">
        {version.questionSetTitle} — version {version.version} ({version.status.toLowerCase()})
      </h1>
      {message ? (
        <div className="mb-4">
          <Alert tone={message.tone} title={message.text} live />
        </div>
      ) : null}
      <WordingEditor version={version} />
    </>
  );
}
