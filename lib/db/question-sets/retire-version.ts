import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { can } from "@/lib/auth/permissions";

export type RetireResult = { ok: true } | { ok: false; code: "forbidden" | "not-found" | "already-retired" };

/**
 * Retires a version: a draft is abandoned, a published version stops being offered (new intakes then
 * have no questionnaire until another is published — the page warns first). Submissions keep it.
 */
export async function retireVersion(versionId: string, actor: Actor): Promise<RetireResult> {
  // The action checks too; checking here as well means no caller can skip it (and tests can prove it).
  if (!can(actor.role, "question-set:publish")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const version = await tx.questionSetVersion.findUnique({
      where: { id: versionId },
      select: { status: true, version: true },
    });
    if (!version) return { ok: false, code: "not-found" } as const;
    const changed = await tx.questionSetVersion.updateMany({
      where: { id: versionId, status: { in: ["DRAFT", "PUBLISHED"] } },
      data: { status: "RETIRED", retiredAt: new Date() },
    });
    if (changed.count === 0) return { ok: false, code: "already-retired" } as const;
    await recordAuditEvent(tx, {
      actor,
      action: "question-set.retired",
      entityType: "QuestionSetVersion",
      entityId: versionId,
      details: { version: version.version, was: version.status },
    });
    return { ok: true } as const;
  });
}
