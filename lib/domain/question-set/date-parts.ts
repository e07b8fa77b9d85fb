/**
 * A date typed as three boxes (day, month, year) and the ISO `YYYY-MM-DD` answer it becomes. The form keeps
 * what the patient has typed so far in the same `year-month-day` shape (digits only, parts may be empty or short),
 * so a half-typed date survives a draft save and a resume, and the answer schema can say exactly what is wrong
 * with it. No zod here: this runs in the patient's browser.
 */
import { isRealDate } from "./iso-date";

export type DateParts = { day: string; month: string; year: string };

export const EMPTY_DATE_PARTS: DateParts = { day: "", month: "", year: "" };

// Older than anyone alive (the oldest recorded person lived to 122): a typo in the year, not a birth date.
export const MAX_AGE_YEARS = 120;

/** The answer schema's messages name months in English ("April only has 30 days"). */
export const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const digitsOnly = (s: string) => s.replace(/\D/g, "");

/**
 * The value the form stores for what is in the three boxes: "" when all are empty, the ISO date when the parts
 * name one, otherwise the parts as typed ("1985-2-" …), which the answer schema reports.
 */
export function joinDateParts(parts: DateParts): string {
  const day = digitsOnly(parts.day);
  const month = digitsOnly(parts.month);
  const year = digitsOnly(parts.year);
  if (!day && !month && !year) return "";
  if (year.length === 4 && day.length > 0 && day.length <= 2 && month.length > 0 && month.length <= 2) {
    const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    if (isRealDate(iso)) return iso;
  }
  return `${year}-${month}-${day}`;
}

/** The three boxes for a stored value (an ISO date or a half-typed one); anything else gives empty boxes. */
export function splitDateValue(value: unknown): DateParts {
  if (typeof value !== "string") return EMPTY_DATE_PARTS;
  const pieces = value.trim().split("-");
  if (pieces.length !== 3 || pieces.some((p) => /\D/.test(p))) return EMPTY_DATE_PARTS;
  const [year = "", month = "", day = ""] = pieces;
  return { day, month, year };
}

export type DateRules = {
  /** YYYY-MM-DD: the day the check runs on. */
  today: string;
  notInFuture?: boolean;
  /** YYYY-MM-DD: the earliest date allowed. */
  notBefore?: string;
  /** For a date of birth: dates further back than this many years are refused. */
  maxAgeYears?: number;
};

/**
 * What is wrong with a stored date value, in words a patient can act on, or undefined when it is a good ISO date.
 * An empty value is not a problem here: whether the question must be answered is the caller's rule.
 */
export function dateProblem(value: string, rules: DateRules): string | undefined {
  const pieces = value.split("-");
  if (pieces.length !== 3 || pieces.some((p) => /\D/.test(p))) return "Enter a real date (YYYY-MM-DD)";
  const [year = "", month = "", day = ""] = pieces;
  const missing = [day ? null : "day", month ? null : "month", year ? null : "year"].filter((p) => p !== null);
  if (missing.length > 0) return `Enter the ${joinWords(missing)}`;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || month.length > 2) return "The month must be a number from 1 to 12";
  if (year.length !== 4) return "Enter the year with four digits, for example 1985";
  if (d < 1 || day.length > 2) return "The day must be a number from 1 to 31";
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  if (!isRealDate(iso)) {
    const days = daysInMonth(Number(year), m);
    const name = ENGLISH_MONTHS[m - 1];
    return m === 2 ? `February ${year} has only ${days} days` : `${name} has only ${days} days`;
  }
  if (iso !== value) return "Enter a real date (YYYY-MM-DD)";
  // ISO dates compare correctly as strings.
  if (rules.notInFuture && iso > rules.today) return "The date cannot be in the future. Check the year";
  if (rules.maxAgeYears !== undefined && iso < yearsBefore(rules.today, rules.maxAgeYears)) {
    return `The date is more than ${rules.maxAgeYears} years ago. Check the year`;
  }
  if (rules.notBefore && iso < rules.notBefore) return `The date cannot be before ${rules.notBefore}`;
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same calendar day `years` earlier (29 February falls back to 28 February). */
function yearsBefore(today: string, years: number): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const year = String(y - years).padStart(4, "0");
  const month = String(m).padStart(2, "0");
  const day = Math.min(d, daysInMonth(y - years, m));
  return `${year}-${month}-${String(day).padStart(2, "0")}`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
