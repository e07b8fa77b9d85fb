import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type ErasureCandidate = {
  id: string;
  referenceCode: string;
  patientName: string;
  createdAt: Date;
  status: string;
  triageLevel: string;
  notes: number;
};

/**
 * The submission a reference code names, shown to an admin handling a request for a patient's data. The name is
 * shown so the admin can match the request to the record; the lookup is audited as a view of patient data.
 */
export async function findSubmissionForErasure(
  referenceCode: string,
  actor: Actor,
  origin: string | null = null,
): Promise<ErasureCandidate | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { referenceCode },
      select: {
        id: true,
        referenceCode: true,
        patientName: true,
        createdAt: true,
        status: true,
        triageLevel: true,
        _count: { select: { notes: true } },
      },
    });
    if (!row) return null;
    await recordAuditEvent(tx, {
      actor,
      action: "submission.viewed",
      entityType: "Submission",
      entityId: row.id,
      details: { referenceCode: row.referenceCode, purpose: "data-request" },
      origin,
    });
    const { _count, ...rest } = row;
    return { ...rest, notes: _count.notes };
  });
}
