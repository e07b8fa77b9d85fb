import "server-only";
import type { Answers } from "@/lib/domain/question-set";
import { toQuestionnaireResponse, type QuestionnaireResponse } from "@/lib/domain/export/fhir-questionnaire-response";
import { toSubmissionBundle, type SubmissionBundle } from "@/lib/domain/export/fhir-submission-bundle";
import type { TriageResult } from "@/lib/domain/triage";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadDefinition } from "../question-sets/load-definition";
import type { Actor } from "../types";

type Exported<F> = F extends "bundle" ? SubmissionBundle : QuestionnaireResponse;

/**
 * One submission as a FHIR R4 QuestionnaireResponse, or as a Bundle with the clinical result
 * (RiskAssessment, score Observations) beside it; the export audit event is in the same transaction.
 */
export async function exportSubmissionFhir<F extends "response" | "bundle" = "response">(
  id: string,
  actor: Actor,
  canonicalBase: string,
  origin: string | null = null,
  format: F = "response" as F,
): Promise<{ referenceCode: string; resource: Exported<F> } | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id },
      select: {
        id: true,
        referenceCode: true,
        createdAt: true,
        language: true,
        answers: true,
        triage: true,
        patientName: true,
        questionSetVersion: { select: { id: true, version: true, definition: true } },
      },
    });
    if (!row) return null;
    const definition = loadDefinition(row.questionSetVersion.definition, row.questionSetVersion.id);
    const triage = row.triage as unknown as TriageResult;
    const submission = {
      id: row.id,
      referenceCode: row.referenceCode,
      createdAt: row.createdAt,
      language: row.language,
      version: row.questionSetVersion.version,
      answers: row.answers as Answers,
      scores: triage.scores ?? [],
    };
    const resource =
      format === "bundle"
        ? toSubmissionBundle(definition, { ...submission, patientName: row.patientName, triage }, canonicalBase)
        : toQuestionnaireResponse(definition, submission, canonicalBase);
    await recordAuditEvent(tx, {
      actor,
      action: "submission.exported",
      entityType: "Submission",
      entityId: row.id,
      details: {
        format: format === "bundle" ? "fhir-r4-bundle" : "fhir-r4-questionnaire-response",
        referenceCode: row.referenceCode,
      },
      origin,
    });
    return { referenceCode: row.referenceCode, resource: resource as Exported<F> };
  });
}
