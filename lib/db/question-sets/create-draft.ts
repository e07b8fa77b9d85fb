import "server-only";
import { getDb } from "../client";
import { isUniqueViolation } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { can } from "@/lib/auth/permissions";

export type CreateDraftResult =
  { ok: true; versionId: string } | { ok: false; code: "forbidden" | "not-found" | "draft-exists"; draftId?: string };

/** Copies a version (usually the published one) into a new draft with the next version number. */
export async function createDraftFrom(sourceVersionId: string, actor: Actor): Promise<CreateDraftResult> {
  // The action checks too; checking here as well means no caller can skip it (and tests can prove it).
  if (!can(actor.role, "question-set:edit")) return { ok: false, code: "forbidden" };
  try {
    return await createDraftOnce(sourceVersionId, actor);
  } catch (error) {
    // Two admins at the same moment: the unique version number stops the second, which then finds the first's draft.
    if (!isUniqueViolation(error)) throw error;
    return createDraftOnce(sourceVersionId, actor);
  }
}

async function createDraftOnce(sourceVersionId: string, actor: Actor): Promise<CreateDraftResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const source = await tx.questionSetVersion.findUnique({ where: { id: sourceVersionId } });
    if (!source) return { ok: false, code: "not-found" } as const;
    const existingDraft = await tx.questionSetVersion.findFirst({
      where: { questionSetId: source.questionSetId, status: "DRAFT" },
      select: { id: true },
    });
    // One draft per set keeps "what will be published next" unambiguous.
    if (existingDraft) return { ok: false, code: "draft-exists", draftId: existingDraft.id } as const;
    const latest = await tx.questionSetVersion.aggregate({
      where: { questionSetId: source.questionSetId },
      _max: { version: true },
    });
    const draft = await tx.questionSetVersion.create({
      data: {
        questionSetId: source.questionSetId,
        version: (latest._max.version ?? 0) + 1,
        status: "DRAFT",
        definition: source.definition ?? {},
        createdById: actor.id,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "question-set.draft-created",
      entityType: "QuestionSetVersion",
      entityId: draft.id,
      details: { from: source.id, version: draft.version },
    });
    return { ok: true, versionId: draft.id } as const;
  });
}
