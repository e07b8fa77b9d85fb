import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { can } from "@/lib/auth/permissions";

export type RetireResult =
  { ok: true; discarded: boolean } | { ok: false; code: "forbidden" | "not-found" | "already-retired" };

/**
 * Retires a published version: it stops being offered (new intakes then have no questionnaire until another is
 * published — the page warns first); submissions keep it. A draft is discarded instead: deleted, so its version
 * number is given to the next draft and the published numbers stay contiguous. No patient ever answered a draft.
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
    if (version.status === "DRAFT") {
      // Patients only start on published versions; anything left here could never be submitted anyway.
      await tx.intakeProgress.deleteMany({ where: { questionSetVersionId: versionId } });
      const deleted = await tx.questionSetVersion.deleteMany({ where: { id: versionId, status: "DRAFT" } });
      if (deleted.count === 0) return { ok: false, code: "not-found" } as const;
      await recordAuditEvent(tx, {
        actor,
        action: "question-set.draft-discarded",
        entityType: "QuestionSetVersion",
        entityId: versionId,
        details: { version: version.version },
      });
      return { ok: true, discarded: true } as const;
    }
    const changed = await tx.questionSetVersion.updateMany({
      where: { id: versionId, status: "PUBLISHED" },
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
    return { ok: true, discarded: false } as const;
  });
}
