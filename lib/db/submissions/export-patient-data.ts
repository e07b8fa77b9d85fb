import "server-only";
import type { Answers } from "@/lib/domain/question-set";
import { toSubmissionBundle, type SubmissionBundle } from "@/lib/domain/export/fhir-submission-bundle";
import type { TriageResult } from "@/lib/domain/triage";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadDefinition } from "../question-sets/load-definition";
import type { Actor } from "../types";

export type PatientDataExport = {
  format: "spine-intake-patient-data";
  formatVersion: 1;
  exportedAt: string;
  submission: Record<string, unknown>;
  notes: { createdAt: string; authorName: string; body: string }[];
  alerts: { purpose: string; channelName: string; state: string; sentAt: string | null; createdAt: string }[];
  /** The same Bundle as the dashboard's FHIR export. */
  fhirBundle: SubmissionBundle;
};

/**
 * Everything the portal holds about one patient's submission, for a request to see or take their data (and
 * before erasing it): the stored row, clinicians' notes, the alerts sent about it, and the FHIR Bundle. Audited
 * as an export in the same transaction.
 */
export async function exportPatientData(
  submissionId: string,
  actor: Actor,
  canonicalBase: string,
  origin: string | null = null,
  now = new Date(),
): Promise<{ referenceCode: string; data: PatientDataExport } | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id: submissionId },
      include: {
        questionSetVersion: { select: { id: true, version: true, definition: true } },
        notes: { orderBy: { createdAt: "asc" }, select: { createdAt: true, authorName: true, body: true } },
        alertDeliveries: {
          orderBy: { createdAt: "asc" },
          select: { purpose: true, channelName: true, state: true, sentAt: true, createdAt: true },
        },
      },
    });
    if (!row) return null;
    const definition = loadDefinition(row.questionSetVersion.definition, row.questionSetVersion.id);
    const triage = row.triage as unknown as TriageResult;
    const fhirBundle = toSubmissionBundle(
      definition,
      {
        id: row.id,
        referenceCode: row.referenceCode,
        createdAt: row.createdAt,
        version: row.questionSetVersion.version,
        answers: row.answers as Answers,
        scores: triage.scores ?? [],
        patientName: row.patientName,
        triage,
      },
      canonicalBase,
    );
    const { questionSetVersion, notes, alertDeliveries, idempotencyKey: _key, requestHash: _hash, ...stored } = row;
    await recordAuditEvent(tx, {
      actor,
      action: "submission.exported",
      entityType: "Submission",
      entityId: row.id,
      details: { format: "patient-data-json", referenceCode: row.referenceCode },
      origin,
    });
    return {
      referenceCode: row.referenceCode,
      data: {
        format: "spine-intake-patient-data",
        formatVersion: 1,
        exportedAt: now.toISOString(),
        submission: { ...stored, questionSetVersion: questionSetVersion.version },
        notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
        alerts: alertDeliveries.map((a) => ({
          ...a,
          sentAt: a.sentAt?.toISOString() ?? null,
          createdAt: a.createdAt.toISOString(),
        })),
        fhirBundle,
      },
    };
  });
}
