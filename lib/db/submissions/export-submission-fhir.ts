import "server-only";
import type { Answers } from "@/lib/domain/question-set";
import { toQuestionnaireResponse, type QuestionnaireResponse } from "@/lib/domain/export/fhir-questionnaire-response";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadDefinition } from "../question-sets/load-definition";
import type { Actor } from "../types";

/** One submission as a FHIR R4 QuestionnaireResponse, with its export audit event in the same transaction. */
export async function exportSubmissionFhir(
  id: string,
  actor: Actor,
  canonicalBase: string,
  origin: string | null = null,
): Promise<{ referenceCode: string; resource: QuestionnaireResponse } | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id },
      select: {
        id: true,
        referenceCode: true,
        createdAt: true,
        answers: true,
        questionSetVersion: { select: { id: true, version: true, definition: true } },
      },
    });
    if (!row) return null;
    const definition = loadDefinition(row.questionSetVersion.definition, row.questionSetVersion.id);
    const resource = toQuestionnaireResponse(
      definition,
      {
        id: row.id,
        referenceCode: row.referenceCode,
        createdAt: row.createdAt,
        version: row.questionSetVersion.version,
        answers: row.answers as Answers,
      },
      canonicalBase,
    );
    await recordAuditEvent(tx, {
      actor,
      action: "submission.exported",
      entityType: "Submission",
      entityId: row.id,
      details: { format: "fhir-r4-questionnaire-response", referenceCode: row.referenceCode },
      origin,
    });
    return { referenceCode: row.referenceCode, resource };
  });
}
