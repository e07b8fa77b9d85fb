import "server-only";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { toCsv } from "@/lib/domain/export/csv";
import { itemWithRole } from "@/lib/domain/question-set/roles";
import type { QueueFilters } from "@/lib/domain/queue/queue-filters";
import { STATUS_LABELS } from "@/lib/domain/submission/status";
import { isoWithOffset } from "@/lib/domain/time/clinic-time";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { loadDefinition } from "../question-sets/load-definition";
import { listQueue } from "./list-queue";

/** A spreadsheet is for a working list, not a data dump: the export stops here and says so. */
export const CSV_EXPORT_MAX_ROWS = 10_000;
const BATCH = 1_000;

const CAUSE_NAMES: ReadonlyMap<string, string> = new Map(CAUSES.map((c) => [c.id, c.name]));

// ISO 8601 with the clinic's offset: a spreadsheet reads it, and it names one exact instant whatever the zone.
export const QUEUE_CSV_HEADER = [
  "Reference code",
  "Triage level",
  "Status",
  "Received",
  "Patient name",
  "Red flags",
  "Likely causes",
  "Assigned to",
  "Acknowledged",
] as const;

/** Only when the clinician ticks the box: the file then holds how to reach each patient, and the audit says so. */
export const QUEUE_CSV_CONTACT_HEADER = ["Phone", "Email", "Date of birth"] as const;

export type QueueCsvOptions = { timeZone?: string; withContact?: boolean };

const answerText = (answers: unknown, id: string | undefined): string | null => {
  const value =
    id !== undefined && answers && typeof answers === "object" ? (answers as Record<string, unknown>)[id] : undefined;
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

/**
 * The current filtered queue as CSV, in queue order, page by page through the same keyset query as the screen.
 * Every cell goes through toCsv, which neutralises formulas; the audit event records the filters and the count.
 */
export async function exportQueueCsv(
  filters: QueueFilters,
  actor: Actor,
  origin: string | null = null,
  options: QueueCsvOptions = {},
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const timeZone = options.timeZone ?? "UTC";
  const withContact = options.withContact === true;
  const at = (d: Date | null) => (d ? isoWithOffset(d, timeZone) : "");
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const lines: (string | null)[][] = [];
      // The contact columns come from the questions with those roles in each submission's own version, so a set
      // whose admin renamed "phone" still exports the number. Versions that took answers never change.
      const contactIds = new Map<string, { phone?: string; email?: string; dateOfBirth?: string }>();
      // The whole filtered view from its first row, whichever page the clinician was on.
      let cursor: string | undefined;
      let truncated = false;
      for (;;) {
        const page = await listQueue({ ...filters, cursor }, actor.id, { pageSize: BATCH, tx, timeZone });
        const contact = withContact
          ? new Map(
              (
                await tx.submission.findMany({
                  where: { id: { in: page.rows.map((r) => r.id) } },
                  select: { id: true, answers: true, questionSetVersionId: true },
                })
              ).map((r) => [r.id, r] as const),
            )
          : null;
        const unread = [...new Set([...(contact?.values() ?? [])].map((r) => r.questionSetVersionId))].filter(
          (id) => !contactIds.has(id),
        );
        if (unread.length > 0) {
          const versions = await tx.questionSetVersion.findMany({
            where: { id: { in: unread } },
            select: { id: true, definition: true },
          });
          for (const v of versions) {
            const definition = loadDefinition(v.definition, v.id);
            contactIds.set(v.id, {
              phone: itemWithRole(definition, "phone")?.id,
              email: itemWithRole(definition, "email")?.id,
              dateOfBirth: itemWithRole(definition, "dateOfBirth")?.id,
            });
          }
        }
        for (const row of page.rows) {
          const submission = contact?.get(row.id);
          const answers = submission?.answers;
          const ids = submission ? contactIds.get(submission.questionSetVersionId) : undefined;
          lines.push([
            row.referenceCode,
            row.triageLevel,
            STATUS_LABELS[row.status],
            at(row.createdAt),
            row.patientName,
            row.flagTitles.join("; "),
            row.causeIds.map((id) => CAUSE_NAMES.get(id) ?? id).join("; "),
            row.assigneeName,
            at(row.acknowledgedAt),
            ...(contact
              ? [
                  answerText(answers, ids?.phone),
                  answerText(answers, ids?.email),
                  answerText(answers, ids?.dateOfBirth),
                ]
              : []),
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
        details: {
          format: "csv",
          filters: auditedFilters,
          rows: lines.length,
          truncated,
          ...(withContact ? { contactData: ["phone", "email", "dateOfBirth"] } : {}),
        },
        origin,
      });
      const header = withContact ? [...QUEUE_CSV_HEADER, ...QUEUE_CSV_CONTACT_HEADER] : QUEUE_CSV_HEADER;
      return { csv: toCsv(header, lines), rows: lines.length, truncated };
    },
    { timeout: 30_000 },
  );
}
