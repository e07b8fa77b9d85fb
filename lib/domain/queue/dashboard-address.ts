import { parseStatsPeriod } from "../stats/dashboard-stats";
import { decodeCursor, parseQueueFilters, type QueueFilters } from "./queue-filters";

/**
 * Parameters the app itself adds to a queue address to explain a redirect (the permission guard sends staff to
 * `/dashboard?denied=1`). They carry no filter, so they are not part of a bookmarked view.
 */
const QUEUE_NOTICES = { denied: "1" } as const;
export type QueueNotice = keyof typeof QUEUE_NOTICES;

export type ParsedQueueAddress =
  { ok: true; filters: QueueFilters; notice: QueueNotice | null } | { ok: false; errors: string[] };

/**
 * The whole query string of `/dashboard`: the allow-listed filters, a cursor that decodes to a place in the queue,
 * and at most the app's own notice. Anything else is refused, never guessed at.
 */
export function parseQueueAddress(params: URLSearchParams): ParsedQueueAddress {
  const rest = new URLSearchParams(params);
  let notice: QueueNotice | null = null;
  for (const [name, value] of Object.entries(QUEUE_NOTICES) as [QueueNotice, string][]) {
    const given = params.getAll(name);
    if (given.length === 1 && given[0] === value) {
      notice = name;
      rest.delete(name);
    }
  }
  const parsed = parseQueueFilters(rest);
  if (!parsed.ok) return parsed;
  if (parsed.filters.cursor && !decodeCursor(parsed.filters.cursor)) {
    return { ok: false, errors: ["cursor: this page link is damaged or out of date"] };
  }
  return { ok: true, filters: parsed.filters, notice };
}

/** Plain query parameters from the record a page receives as `searchParams`. */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/**
 * Why a GET of a dashboard page with this query string must be answered 400, or null when it is fine or the
 * page takes no parameters. The pages parse again themselves; this lets the server say 400 before rendering.
 */
export function dashboardAddressProblems(pathname: string, params: URLSearchParams): string[] | null {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/dashboard") {
    const parsed = parseQueueAddress(params);
    return parsed.ok ? null : parsed.errors;
  }
  if (path === "/dashboard/stats") {
    const unknown = [...new Set(params.keys())].filter((key) => key !== "days");
    if (unknown.length > 0) return [`Unknown parameter: ${unknown.join(", ")}`];
    const days = params.getAll("days");
    if (days.length > 1) return [`"days" may be given only once`];
    return parseStatsPeriod(days[0]) === null ? ["days: choose 7, 30 or 90"] : null;
  }
  return null;
}
