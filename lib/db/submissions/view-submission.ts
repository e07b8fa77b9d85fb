import "server-only";
import type { Answers } from "@/lib/domain/question-set";
import { answerList } from "@/lib/domain/summary/answer-list";
import type { TriageResult } from "@/lib/domain/triage";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadDefinition } from "../question-sets/load-definition";
import type { Actor } from "../types";

/** Loads one submission for a clinician and records that they viewed it. */
export async function viewSubmission(id: string, actor: Actor) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id },
      include: { questionSetVersion: { select: { id: true, version: true, definition: true } } },
    });
    if (!row) return null;
    await recordAuditEvent(tx, { actor, action: "submission.viewed", entityType: "Submission", entityId: row.id });
    // Answers are shown in the wording of the version the patient answered, not the current one.
    const definition = loadDefinition(row.questionSetVersion.definition, row.questionSetVersion.id);
    return {
      id: row.id,
      referenceCode: row.referenceCode,
      status: row.status,
      triageLevel: row.triageLevel,
      createdAt: row.createdAt,
      patientName: row.patientName,
      version: row.questionSetVersion.version,
      triage: row.triage as TriageResult,
      answers: answerList(definition, row.answers as Answers),
    };
  });
}
