import "server-only";
import { decodeCursor, encodeCursor, type QueueFilters } from "@/lib/domain/queue/queue-filters";
import { QUEUE_PAGE_SIZE, searchTerms, statusScope } from "@/lib/domain/queue/queue-search";
import type { SubmissionStatus } from "@/lib/domain/submission/status";
import { localDayRange } from "@/lib/domain/time/clinic-time";
import type { TriageLevel } from "@/lib/domain/triage";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";
import type { DbTx } from "../types";

export type QueueRow = {
  id: string;
  referenceCode: string;
  triageLevel: TriageLevel;
  status: SubmissionStatus;
  patientName: string;
  /** The language the patient answered in. */
  language: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  flagTitles: string[];
  causeIds: string[];
  /** YYYY-MM-DD as answered, for the age column; null when not asked or not a date. */
  dateOfBirth: string | null;
  painNow: number | null;
};

export type QueuePage = { rows: QueueRow[]; nextCursor: string | null; invalidCursor: boolean };

/** Conditions every branch shares: everything but the status (and the keyset position). */
function sharedConditions(filters: QueueFilters, viewerId: string, timeZone: string): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.level) where.push(Prisma.sql`"triageLevel" = ${filters.level}::"TriageLevel"`);
  // Dates are whole days on the clinic's calendar ("to" includes its own day), turned into UTC instants here:
  // createdAt is stored as UTC, so the createdAt index still serves the range.
  const { gte, lt } = localDayRange(filters, timeZone);
  const stamp = (d: Date) => d.toISOString().replace("Z", "");
  if (gte) where.push(Prisma.sql`"createdAt" >= ${stamp(gte)}::timestamp(3)`);
  if (lt) where.push(Prisma.sql`"createdAt" < ${stamp(lt)}::timestamp(3)`);
  if (filters.assigned === "me") where.push(Prisma.sql`"assigneeId" = ${viewerId}`);
  if (filters.assigned === "unassigned") where.push(Prisma.sql`"assigneeId" IS NULL`);
  // Array containment (@>) is what the GIN indexes on causeIds and flagIds serve.
  if (filters.cause) where.push(Prisma.sql`"causeIds" @> ARRAY[${filters.cause}]::text[]`);
  if (filters.flag) where.push(Prisma.sql`"flagIds" @> ARRAY[${filters.flag}]::text[]`);
  if (filters.q) {
    const { referenceCode, namePrefixPattern } = searchTerms(filters.q);
    // LIKE 'prefix%' on the text_pattern_ops index; the reference code through its unique index.
    where.push(
      referenceCode
        ? Prisma.sql`("referenceCode" = ${referenceCode} OR "patientNameSearch" LIKE ${namePrefixPattern})`
        : Prisma.sql`"patientNameSearch" LIKE ${namePrefixPattern}`,
    );
  }
  return where;
}

const ORDER = Prisma.sql`ORDER BY "triageLevel", "acknowledged", "createdAt", "id"`;

/**
 * One page of the triage queue: EMERGENT, then URGENT, then ROUTINE; within a level the ones nobody has
 * acknowledged yet, oldest first, then the acknowledged ones, oldest first. Keyset pagination on
 * (triageLevel, acknowledged, createdAt, id), never OFFSET, so page 200 costs what page 1 costs.
 *
 * When the view covers several statuses (the default "open" view), each status is read as its own branch
 * through the (status, triageLevel, acknowledged, createdAt, id) index and the branches are merged: each branch reads at most
 * one page of rows, however many closed submissions pile up over the years.
 */
export async function listQueue(
  filters: QueueFilters,
  viewerId: string,
  options: {
    pageSize?: number;
    tx?: DbTx;
    /** The clinic's zone, for the date filters; UTC when not given. */ timeZone?: string;
  } = {},
): Promise<QueuePage> {
  const pageSize = options.pageSize ?? QUEUE_PAGE_SIZE;
  const db = options.tx ?? (await getDb());
  const cursor = filters.cursor ? decodeCursor(filters.cursor) : null;
  if (filters.cursor && !cursor) return { rows: [], nextCursor: null, invalidCursor: true };

  const where = sharedConditions(filters, viewerId, options.timeZone ?? "UTC");
  if (cursor) {
    where.push(
      Prisma.sql`("triageLevel", "acknowledged", "createdAt", "id") > (${cursor.level}::"TriageLevel", ${cursor.acknowledged}, ${cursor.createdAt.replace("Z", "")}::timestamp(3), ${cursor.id})`,
    );
  }
  const scope = statusScope(filters);
  const limit = pageSize + 1;
  const branch = (status: SubmissionStatus | null) => {
    const conditions = status ? [Prisma.sql`"status" = ${status}::"SubmissionStatus"`, ...where] : where;
    const clause = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
    return Prisma.sql`(SELECT "id", "triageLevel", "acknowledged", "createdAt" FROM "Submission" ${clause} ${ORDER} LIMIT ${limit})`;
  };
  const branches = scope === "all" ? [branch(null)] : scope.map((status) => branch(status));

  // Flag titles come back as JSON from the query; everything else already has its row shape.
  // The date of birth is the answer to the question with that role in each submission's own version (an admin may
  // have named it anything); the versions are looked up once per page, not once per row.
  const found = await db.$queryRaw<(Omit<QueueRow, "flagTitles"> & { flagTitles: unknown })[]>(Prisma.sql`
    WITH page AS (SELECT s."id", s."questionSetVersionId"
                  FROM (SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) AS b ${ORDER} LIMIT ${limit}) AS b
                  JOIN "Submission" s ON s."id" = b."id"),
         birth AS (SELECT v."id",
                          jsonb_path_query_first(v."definition", '$.sections[*].items[*] ? (@.role == "dateOfBirth").id') #>> '{}' AS "itemId"
                   FROM "QuestionSetVersion" v WHERE v."id" IN (SELECT "questionSetVersionId" FROM page))
    SELECT s."id", s."referenceCode", s."triageLevel"::text AS "triageLevel", s."status"::text AS "status",
           s."patientName", s."language", s."createdAt", s."acknowledgedAt", s."assigneeId", u."name" AS "assigneeName",
           jsonb_path_query_array(s."triage", '$.flags[*].title') AS "flagTitles", s."causeIds",
           s."answers"->>birth."itemId" AS "dateOfBirth",
           CASE WHEN jsonb_typeof(s."answers"->'pain_now') = 'number' THEN (s."answers"->>'pain_now')::float8 END AS "painNow"
    FROM page
    JOIN "Submission" s ON s."id" = page."id"
    LEFT JOIN birth ON birth."id" = s."questionSetVersionId"
    LEFT JOIN "User" u ON u."id" = s."assigneeId"
    ORDER BY s."triageLevel", s."acknowledged", s."createdAt", s."id"`);

  const rows = found.slice(0, pageSize).map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt),
    acknowledgedAt: row.acknowledgedAt ? new Date(row.acknowledgedAt) : null,
    flagTitles: Array.isArray(row.flagTitles) ? row.flagTitles.map(String) : [],
    dateOfBirth:
      typeof row.dateOfBirth === "string" && /^\d{4}-\d{2}-\d{2}$/.test(row.dateOfBirth) ? row.dateOfBirth : null,
    painNow: row.painNow === null ? null : Number(row.painNow),
  }));
  const last = rows.at(-1);
  const nextCursor =
    found.length > pageSize && last
      ? encodeCursor({
          level: last.triageLevel,
          acknowledged: last.acknowledgedAt !== null,
          createdAt: last.createdAt.toISOString(),
          id: last.id,
        })
      : null;
  return { rows, nextCursor, invalidCursor: false };
}
