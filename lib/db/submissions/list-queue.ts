import "server-only";
import type { TriageResult } from "@/lib/domain/triage";
import { getDb } from "../client";

const PAGE_SIZE = 100;

/** The triage queue: EMERGENT, then URGENT, then ROUTINE; oldest first within a level. */
export async function listQueue() {
  const db = await getDb();
  const rows = await db.submission.findMany({
    orderBy: [{ triageLevel: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: PAGE_SIZE,
    select: {
      id: true,
      referenceCode: true,
      triageLevel: true,
      status: true,
      patientName: true,
      createdAt: true,
      triage: true,
    },
  });
  return rows.map((row) => ({
    id: row.id,
    referenceCode: row.referenceCode,
    triageLevel: row.triageLevel,
    status: row.status,
    patientName: row.patientName,
    createdAt: row.createdAt,
    flagTitles: (row.triage as TriageResult).flags.map((f) => f.title),
  }));
}
