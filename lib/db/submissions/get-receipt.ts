import "server-only";
import type { TriageResult } from "@/lib/domain/triage";
import { IDEMPOTENCY_KEY_PATTERN } from "@/lib/domain/submission/status";
import { getDb } from "../client";
import { guidanceOf } from "./patient-guidance";

/** What the patient who just submitted may see again on reload: their code and guidance, nothing else. */
export async function getReceipt(idempotencyKey: string | undefined) {
  if (!idempotencyKey || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) return null;
  const db = await getDb();
  const row = await db.submission.findUnique({
    where: { idempotencyKey },
    select: { referenceCode: true, triage: true, questionSetVersionId: true, language: true },
  });
  return row
    ? {
        referenceCode: row.referenceCode,
        guidance: guidanceOf(row.triage as TriageResult),
        versionId: row.questionSetVersionId,
        /** The language the patient answered in: the confirmation speaks it after the choice itself is forgotten. */
        language: row.language,
      }
    : null;
}
