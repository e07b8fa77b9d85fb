/**
 * Times as the clinic reads them: in the clinic's own time zone (an IANA name from the clinic settings), always
 * with the zone's abbreviation so nobody guesses whether "09:30" is local or UTC. Built on `Intl` only: the zone
 * database ships with the runtime, and a date library would add weight to every staff page for no gain.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** True when the runtime knows the zone; an unknown name would make every formatter throw. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of an instant in a zone. */
function partsIn(at: Date, timeZone: string) {
  const f = formatter(
    `parts:${timeZone}`,
    () =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hourCycle: "h23",
      }),
  );
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(f.formatToParts(at).find((p) => p.type === type)?.value ?? "0");
  return { y: get("year"), mo: get("month"), d: get("day"), h: get("hour"), mi: get("minute"), s: get("second") };
}

/** Minutes the zone is ahead of UTC at that instant (+60 for London in summer, -300 for New York in winter). */
export function offsetMinutes(at: Date, timeZone: string): number {
  const p = partsIn(at, timeZone);
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The zone's short name at that instant: "GMT"/"BST", "EST"/"EDT", "CET"/"CEST"; a zone with no common
 * abbreviation gets its offset ("GMT+5:30"). British English names European zones, US English American ones.
 */
export function zoneAbbreviation(at: Date, timeZone: string): string {
  const names = ["en-GB", "en-US"].map(
    (locale) =>
      formatter(
        `zone:${locale}:${timeZone}`,
        () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }),
      )
        .formatToParts(at)
        .find((p) => p.type === "timeZoneName")?.value ?? "UTC",
  );
  return names.find((n) => /^[A-Z]{2,5}$/.test(n)) ?? names[0]!;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** "YYYY-MM-DD" of the instant on the clinic's calendar. */
export function localDate(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
}

/**
 * "1 Dec 2026, 09:30 GMT": what every staff page shows for a moment in time. The audit log asks for seconds
 * ("1 Dec 2026, 09:30:15 GMT"), where the order of events within a minute matters.
 */
export function formatClinicTime(at: Date, timeZone: string, options: { seconds?: boolean } = {}): string {
  const f = formatter(
    `show:${options.seconds ? "s" : "m"}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat("en-GB", {
        timeZone,
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        ...(options.seconds ? { second: "2-digit" as const } : {}),
        hourCycle: "h23",
      }),
  );
  return `${f.format(at)} ${zoneAbbreviation(at, timeZone)}`;
}

/** "2026-12-01 09:30 UTC" (or "2026-12-01 09:30:15 UTC"): the investigator's copy beside a local time. */
export function formatUtc(at: Date, options: { seconds?: boolean } = {}): string {
  return `${at
    .toISOString()
    .slice(0, options.seconds ? 19 : 16)
    .replace("T", " ")} UTC`;
}

/** ISO 8601 with the clinic's offset, for exports: "2026-03-29T02:30:00+01:00" (an exact instant either way). */
export function isoWithOffset(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone);
  const off = offsetMinutes(at, timeZone);
  const sign = off < 0 ? "-" : "+";
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/** The instant a local calendar day (YYYY-MM-DD) begins in the zone; a day that starts in a DST gap starts when it resumes. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(y, mo - 1, d);
  // Two passes: the offset at a guess, then at the corrected instant (they differ only on a change day).
  let guess = midnightAsUtc - offsetMinutes(new Date(midnightAsUtc), timeZone) * 60_000;
  guess = midnightAsUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return localDate(new Date(guess), timeZone) === day ? new Date(guess) : new Date(guess + 3_600_000);
}

/** Half-open instant range [from, to) covering the local days `from`..`to` inclusive; either end may be open. */
export function localDayRange(range: { from?: string; to?: string }, timeZone: string): { gte?: Date; lt?: Date } {
  const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return {
    ...(range.from ? { gte: startOfLocalDay(range.from, timeZone) } : {}),
    ...(range.to ? { lt: startOfLocalDay(next(range.to), timeZone) } : {}),
  };
}

/** "4 min", "2 h 05 min", "3 days 4 h": how long a patient has been waiting. */
export function formatElapsed(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${pad(minutes % 60)} min`;
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? "day" : "days"} ${hours % 24} h`;
}

/** Whole years between a YYYY-MM-DD date of birth and today (YYYY-MM-DD); undefined when not a past date. */
export function ageOn(dateOfBirth: string, today: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) || dateOfBirth > today) return undefined;
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
