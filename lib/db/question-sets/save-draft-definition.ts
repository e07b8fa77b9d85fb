import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { parseDefinition, type Definition } from "@/lib/domain/question-set";
import { parseDraftShape } from "@/lib/domain/question-set/editor/draft-shape";
import { validateDraft, type PlacedProblem } from "@/lib/domain/question-set/editor/validate";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { can } from "@/lib/auth/permissions";

export type SaveDraftResult =
  | { ok: true; rowVersion: number; problems: PlacedProblem[] }
  | { ok: false; code: "forbidden" | "not-found" | "not-a-draft" | "stale" | "malformed"; message: string };

export const STALE_DRAFT_MESSAGE =
  "Someone else saved this draft after you opened it. Nothing was overwritten: reload to see their changes.";

/**
 * The one way a draft's definition is written (autosave and "Save draft"). A draft may be stored with
 * problems — publishing is where validation blocks — as long as the editor can open it again; the
 * problems come back so the page can list them. A save based on an older read changes nothing.
 */
export async function saveDraftDefinition(
  versionId: string,
  expectedRowVersion: number,
  json: unknown,
  actor: Actor,
): Promise<SaveDraftResult> {
  // The action checks too; checking here as well means no caller can skip it (and tests can prove it).
  if (!can(actor.role, "question-set:edit")) {
    return { ok: false, code: "forbidden", message: "Only admins may edit question sets." };
  }
  const shaped = parseDraftShape(json);
  if (!shaped) {
    return { ok: false, code: "malformed", message: "The draft is not a question-set definition. Nothing was saved." };
  }
  // A fully valid definition is stored in its normalised form (defaults filled in), as publishing expects.
  const parsed = parseDefinition(shaped);
  const definition: Definition = parsed.ok ? parsed.definition : shaped;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const draft = await tx.questionSetVersion.findUnique({ where: { id: versionId }, select: { status: true } });
    if (!draft) return { ok: false, code: "not-found", message: "This draft no longer exists." } as const;
    if (draft.status !== "DRAFT") {
      return {
        ok: false,
        code: "not-a-draft",
        message: "This version has been published or retired; it can no longer be changed.",
      } as const;
    }
    // The row-version predicate is the concurrency check: two admins on one draft, the second save loses.
    const updated = await tx.questionSetVersion.updateMany({
      where: { id: versionId, status: "DRAFT", rowVersion: expectedRowVersion },
      data: { definition: definition as unknown as Prisma.InputJsonValue, rowVersion: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, code: "stale", message: STALE_DRAFT_MESSAGE } as const;
    const problems = validateDraft(definition);
    await recordAuditEvent(tx, {
      actor,
      action: "question-set.draft-edited",
      entityType: "QuestionSetVersion",
      entityId: versionId,
      details: { rowVersion: expectedRowVersion + 1, problems: problems.length },
    });
    return { ok: true, rowVersion: expectedRowVersion + 1, problems } as const;
  });
}
