import "server-only";
import { parseDefinition, publishProblems, type DefinitionProblem } from "@/lib/domain/question-set";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { can } from "@/lib/auth/permissions";
import { translationProblems } from "@/lib/domain/question-set/translations/status";

export type PublishResult =
  | { ok: true }
  | { ok: false; code: "forbidden" | "not-found" | "not-a-draft" | "no-red-flag-rules-unconfirmed" }
  | { ok: false; code: "invalid"; problems: DefinitionProblem[] };

export type PublishOptions = {
  /** What the approver wants to say about this version; shown in the version list. */
  changeNote?: string;
  /** A version without red-flag rules tells no patient to seek urgent care: publishing one takes an explicit yes. */
  confirmNoRedFlagRules?: boolean;
};

export const MAX_CHANGE_NOTE_LENGTH = 1000;

/**
 * Publishes a draft and retires the version it replaces, atomically: /intake never sees zero or two.
 * The caller is recorded as the approver, with their change note.
 */
export async function publishVersion(
  versionId: string,
  actor: Actor,
  { changeNote, confirmNoRedFlagRules = false }: PublishOptions = {},
): Promise<PublishResult> {
  // The action checks too; checking here as well means no caller can skip it (and tests can prove it).
  if (!can(actor.role, "question-set:publish")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const draft = await tx.questionSetVersion.findUnique({ where: { id: versionId } });
    if (!draft) return { ok: false, code: "not-found" } as const;
    if (draft.status !== "DRAFT") return { ok: false, code: "not-a-draft" } as const;
    const parsed = parseDefinition(draft.definition);
    if (!parsed.ok) return { ok: false, code: "invalid", problems: parsed.problems } as const;
    // A language switched on for patients must be complete and current: a patient never meets a blank or an
    // out-of-date translation of a safety question.
    const unpublishable = [...publishProblems(parsed.definition), ...translationProblems(parsed.definition)];
    if (unpublishable.length > 0) return { ok: false, code: "invalid", problems: unpublishable } as const;
    if (parsed.definition.redFlagRules.length === 0 && !confirmNoRedFlagRules)
      return { ok: false, code: "no-red-flag-rules-unconfirmed" } as const;
    const note = changeNote?.trim().slice(0, MAX_CHANGE_NOTE_LENGTH) || null;
    const now = new Date();
    await tx.questionSetVersion.updateMany({
      where: { questionSetId: draft.questionSetId, status: "PUBLISHED" },
      data: { status: "RETIRED", retiredAt: now },
    });
    const published = await tx.questionSetVersion.updateMany({
      where: { id: versionId, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: now, publishedById: actor.id, changeNote: note },
    });
    if (published.count === 0) return { ok: false, code: "not-a-draft" } as const;
    await recordAuditEvent(tx, {
      actor,
      action: "question-set.published",
      entityType: "QuestionSetVersion",
      entityId: versionId,
      details: { version: draft.version, ...(note ? { changeNote: note } : {}) },
    });
    return { ok: true } as const;
  });
}
