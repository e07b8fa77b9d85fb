import "server-only";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { toCsv } from "@/lib/domain/export/csv";
import type { QueueFilters } from "@/lib/domain/queue/queue-filters";
import { STATUS_LABELS } from "@/lib/domain/submission/status";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { listQueue } from "./list-queue";

/** A spreadsheet is for a working list, not a data dump: the export stops here and says so. */
export const CSV_EXPORT_MAX_ROWS = 10_000;
const BATCH = 1_000;

const CAUSE_NAMES: ReadonlyMap<string, string> = new Map(CAUSES.map((c) => [c.id, c.name]));
const utc = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "");

export const QUEUE_CSV_HEADER = [
  "Reference code",
  "Triage level",
  "Status",
  "Received (UTC)",
  "Patient name",
  "Red flags",
  "Likely causes",
  "Assigned to",
  "Acknowledged (UTC)",
] as const;

/**
 * The current filtered queue as CSV, in queue order, page by page through the same keyset query as the screen.
 * Every cell goes through toCsv, which neutralises formulas; the audit event records the filters and the count.
 */
export async function exportQueueCsv(
  filters: QueueFilters,
  actor: Actor,
  origin: string | null = null,
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const lines: (string | null)[][] = [];
      // The whole filtered view from its first row, whichever page the clinician was on.
      let cursor: string | undefined;
      let truncated = false;
      for (;;) {
        const page = await listQueue({ ...filters, cursor }, actor.id, { pageSize: BATCH, tx });
        for (const row of page.rows) {
          lines.push([
            row.referenceCode,
            row.triageLevel,
            STATUS_LABELS[row.status],
            utc(row.createdAt),
            row.patientName,
            row.flagTitles.join("; "),
            row.causeIds.map((id) => CAUSE_NAMES.get(id) ?? id).join("; "),
            row.assigneeName,
            utc(row.acknowledgedAt),
          ]);
        }
        if (!page.nextCursor) break;
        if (lines.length >= CSV_EXPORT_MAX_ROWS) {
          truncated = true;
          break;
        }
        cursor = page.nextCursor;
      }
      // A search term may be a patient's name: the audit notes that there was one, not what it was.
      const { cursor: _cursor, q, ...rest } = filters;
      const auditedFilters = { ...rest, ...(q ? { search: true } : {}) };
      await recordAuditEvent(tx, {
        actor,
        action: "queue.exported",
        entityType: "Submission",
        details: { format: "csv", filters: auditedFilters, rows: lines.length, truncated },
        origin,
      });
      return { csv: toCsv(QUEUE_CSV_HEADER, lines), rows: lines.length, truncated };
    },
    { timeout: 30_000 },
  );
}
