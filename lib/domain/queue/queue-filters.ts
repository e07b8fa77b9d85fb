import * as z from "zod";
import { parseAddressParams, type AddressParams } from "../address-params";
import { CAUSE_IDS } from "../causes/catalog";
import { SUBMISSION_STATUSES } from "../submission/status";
import { TRIAGE_LEVELS } from "../triage/evaluate";

/**
 * The queue's URL parameters, allow-listed: anything else in the query string is refused (400), so a
 * bookmarked view always means what it says and no parameter reaches the database unchecked.
 */
export const queueFiltersSchema = z
  .object({
    status: z.enum(SUBMISSION_STATUSES).optional(),
    level: z.enum(TRIAGE_LEVELS).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    assigned: z.enum(["me", "unassigned"]).optional(),
    cause: z.enum(CAUSE_IDS).optional(),
    flag: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
    q: z.string().trim().min(1).max(100).optional(),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/)
      .optional(),
  })
  .strict();

export type QueueFilters = z.infer<typeof queueFiltersSchema>;

export type ParsedQueueFilters = { ok: true; filters: QueueFilters } | { ok: false; errors: string[] };

export function parseQueueFilters(params: AddressParams): ParsedQueueFilters {
  const parsed = parseAddressParams(queueFiltersSchema, params);
  if (!parsed.ok) return parsed;
  if (parsed.value.from && parsed.value.to && parsed.value.from > parsed.value.to) {
    return { ok: false, errors: ["from: the start date is after the end date"] };
  }
  return { ok: true, filters: parsed.value };
}

/**
 * Where the last row of a page was in the queue order (level, acknowledged, arrival, id); the next page starts
 * after it. A link from before acknowledgement joined the order no longer decodes and is reported as out of date.
 */
export type QueueCursor = {
  level: (typeof TRIAGE_LEVELS)[number];
  acknowledged: boolean;
  createdAt: string;
  id: string;
};

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.level, cursor.acknowledged, cursor.createdAt, cursor.id])).toString(
    "base64url",
  );
}

const cursorTuple = z.tuple([z.enum(TRIAGE_LEVELS), z.boolean(), z.iso.datetime(), z.string().min(1).max(64)]);

export function decodeCursor(value: string): QueueCursor | null {
  try {
    const parsed = cursorTuple.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success
      ? { level: parsed.data[0], acknowledged: parsed.data[1], createdAt: parsed.data[2], id: parsed.data[3] }
      : null;
  } catch {
    return null;
  }
}

export { queueHref } from "./queue-href";
