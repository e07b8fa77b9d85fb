import * as z from "zod";
import { parseAddressParams, type AddressParams } from "../address-params";
import { localDayRange } from "../time/clinic-time";

export const AUDIT_PAGE_SIZE = 50;

/** "none" asks for events nobody signed in caused: the system itself, or a signed-out visitor. */
export const NO_ACTOR = "none";

// A seq is a positive BIGINT; 18 digits keeps any value a cursor can hold inside its range.
const seq = z.string().regex(/^[1-9][0-9]{0,17}$/, "must be a page position from an Older or Newer link");

/**
 * The audit log's URL parameters, allow-listed: anything else in the query string is refused, so a bookmarked view
 * always means what it says. Actions and record types are checked for shape rather than against a fixed list, so
 * events that a newer release records can still be found.
 */
export const auditFiltersSchema = z
  .object({
    actor: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .pipe(z.union([z.literal(NO_ACTOR), z.email("must be a staff email address or “none”")]))
      .optional(),
    action: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._:-]{0,63}$/, "must be an action name such as staff.invited")
      .optional(),
    type: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, "must be a record type such as Submission")
      .optional(),
    record: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.:@-]{1,128}$/, "must be a record id (letters, digits and _ . : @ -)")
      .optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    before: seq.optional(),
    after: seq.optional(),
  })
  .strict();

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export type ParsedAuditFilters = { ok: true; filters: AuditFilters } | { ok: false; errors: string[] };

export function parseAuditFilters(params: AddressParams): ParsedAuditFilters {
  const parsed = parseAddressParams(auditFiltersSchema, params);
  if (!parsed.ok) return parsed;
  const errors: string[] = [];
  if (parsed.value.from && parsed.value.to && parsed.value.from > parsed.value.to) {
    errors.push("from: the start date is after the end date");
  }
  if (parsed.value.before && parsed.value.after) {
    errors.push("before, after: a page link has one or the other, not both");
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, filters: parsed.value };
}

/** The filters without the page position: what a filter change or "Newest" keeps. */
export function withoutCursor(filters: AuditFilters): AuditFilters {
  const { before: _before, after: _after, ...rest } = filters;
  return rest;
}

export function hasFilters(filters: AuditFilters): boolean {
  return Object.keys(withoutCursor(filters)).length > 0;
}

/** The URL for a filtered view, keeping only the parameters that are set, in a fixed order. */
export function auditHref(filters: AuditFilters, base = "/admin/audit"): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(auditFiltersSchema.shape) as (keyof AuditFilters)[]) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/**
 * Whole days on the clinic's calendar (UTC when no zone is set), as the triage queue reads its dates: "to" includes
 * its own day. An investigator who types the date an incident happened gets that local day, not a UTC one.
 */
export function dayBounds(filters: Pick<AuditFilters, "from" | "to">, timeZone = "UTC"): { gte?: Date; lt?: Date } {
  return localDayRange(filters, timeZone);
}
