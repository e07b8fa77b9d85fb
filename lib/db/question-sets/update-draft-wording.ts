import "server-only";
import { parseDefinition, type DefinitionProblem } from "@/lib/domain/question-set";
import { applyWordingChanges, type WordingChange } from "@/lib/domain/question-set/edit-wording";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { can } from "@/lib/auth/permissions";
import { parseDraftShape } from "@/lib/domain/question-set/editor/draft-shape";

export type UpdateDraftResult =
  | { ok: true; rowVersion: number }
  | { ok: false; code: "forbidden" | "not-found" | "not-a-draft" | "stale" }
  | { ok: false; code: "invalid"; problems: DefinitionProblem[] };

export async function updateDraftWording(
  versionId: string,
  expectedRowVersion: number,
  changes: WordingChange[],
  actor: Actor,
): Promise<UpdateDraftResult> {
  // The action checks too; checking here as well means no caller can skip it (and tests can prove it).
  if (!can(actor.role, "question-set:edit")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const draft = await tx.questionSetVersion.findUnique({ where: { id: versionId } });
    if (!draft) return { ok: false, code: "not-found" } as const;
    if (draft.status !== "DRAFT") return { ok: false, code: "not-a-draft" } as const;
    const current = parseDraftShape(draft.definition);
    if (!current) return { ok: false, code: "not-found" } as const;
    const next = applyWordingChanges(current, changes);
    const parsed = parseDefinition(next);
    if (!parsed.ok) return { ok: false, code: "invalid", problems: parsed.problems } as const;
    // The row-version predicate makes a save based on an older read change nothing.
    const updated = await tx.questionSetVersion.updateMany({
      where: { id: versionId, status: "DRAFT", rowVersion: expectedRowVersion },
      data: { definition: parsed.definition, rowVersion: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, code: "stale" } as const;
    await recordAuditEvent(tx, {
      actor,
      action: "question-set.draft-edited",
      entityType: "QuestionSetVersion",
      entityId: versionId,
      details: { items: changes.map((c) => c.itemId) },
    });
    return { ok: true, rowVersion: expectedRowVersion + 1 } as const;
  });
}
