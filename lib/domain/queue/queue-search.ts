import { REFERENCE_ALPHABET } from "../submission/reference-code";
import type { SubmissionStatus } from "../submission/status";

/** The statuses a clinician still has to act on: the queue shows these unless a status filter or a search says otherwise. */
export const OPEN_STATUSES = ["NEW", "IN_REVIEW", "CONTACTED"] as const satisfies readonly SubmissionStatus[];

export const QUEUE_PAGE_SIZE = 50;

const CODE_LIKE = new RegExp(`^[${REFERENCE_ALPHABET}]{4}-?[${REFERENCE_ALPHABET}]{4}$`);

/**
 * What a search box entry can mean. A reference code is matched exactly (typed with or without its hyphen, in
 * any case, as it is read over the phone); anything is also a patient-name prefix, because "Margaret" has the
 * shape of a code too. The prefix is lower-cased (patientNameSearch is stored lower-case) and its LIKE
 * wildcards are escaped so "%" finds a literal percent sign, not every patient.
 */
export function searchTerms(q: string): { referenceCode: string | null; namePrefixPattern: string } {
  const trimmed = q.trim();
  const upper = trimmed.toUpperCase();
  const referenceCode = CODE_LIKE.test(upper)
    ? upper.includes("-")
      ? upper
      : `${upper.slice(0, 4)}-${upper.slice(4)}`
    : null;
  const escaped = trimmed.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return { referenceCode, namePrefixPattern: `${escaped}%` };
}

/** Which statuses a queue view covers: the one asked for; all of them for a search; otherwise the open ones. */
export function statusScope(filters: { status?: SubmissionStatus; q?: string }): readonly SubmissionStatus[] | "all" {
  if (filters.status) return [filters.status];
  if (filters.q) return "all";
  return OPEN_STATUSES;
}

/** An EMERGENT submission nobody has acknowledged within the clinic's limit: shown in red and counted in the title. */
export function isOverdueEmergent(
  row: { triageLevel: string; acknowledgedAt: Date | null; createdAt: Date; status: string },
  now: Date,
  overdueMinutes: number,
): boolean {
  return (
    row.triageLevel === "EMERGENT" &&
    row.acknowledgedAt === null &&
    row.status !== "CLOSED" &&
    now.getTime() - row.createdAt.getTime() >= overdueMinutes * 60_000
  );
}

/** "23 min", "3 h 5 min", "2 d 4 h": how long a submission has waited, for the overdue highlight. */
export function formatWait(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** The page title: overdue EMERGENT submissions first, so they show in a background tab. */
export function queueTitle(overdueEmergent: number): string {
  return overdueEmergent > 0 ? `(${overdueEmergent}) overdue EMERGENT · Triage queue` : "Triage queue";
}
