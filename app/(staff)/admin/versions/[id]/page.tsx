import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guards";
import { getVersionForEditing } from "@/lib/db/question-sets/get-version-for-editing";
import {
  createDraftAction,
  publishDraftAction,
  retireVersionAction,
  saveDraftDefinitionAction,
} from "@/lib/actions/admin/question-sets";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { DraftEditor } from "@/components/admin/editor/draft-editor";
import { ConfirmSubmitButton } from "@/components/admin/confirm-submit-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Edit question set" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, { tone: "success" | "warning"; text: string }> = {
  "not-a-draft": { tone: "warning", text: "Only drafts can be changed. Published versions stay as patients saw them." },
  "draft-exists": { tone: "warning", text: "A draft already exists; you are editing it." },
};

export default async function VersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ status?: string; item?: string }>;
}) {
  const { id } = await params;
  const staff = await requirePagePermission("question-set:edit", `/admin/versions/${id}`);
  const [{ status, item }, version] = await Promise.all([searchParams, getVersionForEditing(id)]);
  if (!version) notFound();
  const message = status ? MESSAGES[status] : undefined;
  const retireQuestion =
    version.status === "PUBLISHED"
      ? `Retire version ${version.version}? New patients will have no questionnaire until another version is published.`
      : `Discard draft version ${version.version}? It is deleted, and its version number goes to the next draft.`;
  return (
    <>
      <StaffNav staff={staff} />
      <p className="mb-2">
        <Link href="/admin" className="underline">
          All question sets
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">
        {version.questionSetTitle} — version {version.version} ({version.status.toLowerCase()})
      </h1>
      {message ? (
        <div className="mb-4">
          <Alert tone={message.tone} title={message.text} live />
        </div>
      ) : null}
      <div className="mb-4 flex flex-wrap gap-3">
        {version.status !== "DRAFT" ? (
          version.existingDraftId ? (
            <Link href={`/admin/versions/${version.existingDraftId}`} className="underline">
              Open the current draft
            </Link>
          ) : (
            <form action={createDraftAction}>
              <input type="hidden" name="sourceVersionId" value={version.id} />
              <Button type="submit" variant="secondary">
                Copy into a new draft
              </Button>
            </form>
          )
        ) : null}
        {version.status !== "RETIRED" ? (
          <form action={retireVersionAction}>
            <input type="hidden" name="versionId" value={version.id} />
            <ConfirmSubmitButton question={retireQuestion}>
              {version.status === "DRAFT" ? "Discard this draft" : `Retire version ${version.version}`}
            </ConfirmSubmitButton>
          </form>
        ) : null}
      </div>
      {version.status !== "DRAFT" ? (
        <p className="mb-4 text-slate-700">
          This version is {version.status.toLowerCase()} and cannot be changed; copy it into a new draft to make
          changes.
        </p>
      ) : null}
      <DraftEditor
        version={{
          id: version.id,
          version: version.version,
          status: version.status,
          rowVersion: version.rowVersion,
          definition: version.definition,
          published: version.published,
        }}
        saveDraft={saveDraftDefinitionAction}
        publishDraft={publishDraftAction}
        focusItem={typeof item === "string" ? item : undefined}
      />
    </>
  );
}
