/**
 * The answer schema built from a definition. The same schema runs in react-hook-form (through
 * components/intake/answer-resolver.ts) and on the server, so it accepts what HTML inputs produce ("7" for a
 * number, "" for an untouched field, NaN from an empty valueAsNumber input) and outputs clean,
 * typed answers with hidden and empty ones removed.
 */
// Plain code, not zod: every check here is specific to an item type, and zod/mini cost the patient's phone 23.6 KB
// of compressed JavaScript for the six calls it served (bench:size went from 1.35x to the bare page to under 1.3x).
import { answerOf, isAnswered, visibleItemIds } from "./conditions";
import type { Definition, Item, ItemOfType } from "./definition-schema";
import { dateProblem, MAX_AGE_YEARS } from "./date-parts";
import { NOT_SURE } from "./not-sure";
import { t } from "./text";
import { textAnswerProblem } from "./text-rules";
import { isPainRegionId } from "../pain-map/regions";

export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;
export type AnswerSchemaOptions = { /** YYYY-MM-DD; defaults to the current UTC date at parse time. */ today?: string };

export type AnsweredItem = Exclude<Item, { type: "display" }>;
type Checked = { ok: true; value: AnswerValue | undefined } | { ok: false; message: string };

export const REQUIRED_MESSAGE = "Please answer this question";

/** A `today` that lifts every limit tied to the calendar (not in the future, at most 120 years ago). */
export const NO_DATE_LIMIT = "9999-12-31";

// The pattern zod's z.email() uses by default, so the server and the form accept the same addresses as before.
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const PHONE = /^\+?[0-9 ()\-.]+$/;

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Questions that take an answer, in document order. */
export function answerableItems(definition: Definition): AnsweredItem[] {
  return definition.sections.flatMap((s) => s.items.filter((i): i is AnsweredItem => i.type !== "display"));
}

/** The fields of one wizard step, e.g. for react-hook-form's `trigger(ids)`. */
export function sectionItemIds(definition: Definition, sectionId: string): string[] {
  const section = definition.sections.find((s) => s.id === sectionId);
  return section ? section.items.filter((i) => i.type !== "display").map((i) => i.id) : [];
}

/** A problem with one answer (path [itemId]), or with the whole body (path []). */
export type AnswerIssue = { path: string[]; message: string };
export type AnswerParseResult = { success: true; data: Answers } | { success: false; error: { issues: AnswerIssue[] } };
export type AnswerSchema = { safeParse: (input: unknown) => AnswerParseResult };

export function buildAnswerSchema(definition: Definition, options: AnswerSchemaOptions = {}): AnswerSchema {
  const items = new Map(answerableItems(definition).map((i) => [i.id, i]));
  return {
    safeParse(input) {
      if (typeof input !== "object" || input === null || Array.isArray(input)) {
        return {
          success: false,
          error: { issues: [{ path: [], message: "Answers must be an object of question ids" }] },
        };
      }
      const raw = input as Record<string, unknown>;
      const issues: AnswerIssue[] = [];
      const issue = (itemId: string, message: string) => issues.push({ path: [itemId], message });
      const today = options.today ?? todayUtc();

      for (const key of Object.keys(raw)) {
        if (!items.has(key) && raw[key] !== undefined) issue(key, `Unknown question "${key}"`);
      }

      const checked = new Map<string, Checked>();
      const valid: Answers = {};
      for (const item of items.values()) {
        const result = checkAnswer(item, answerOf(raw, item.id), today);
        checked.set(item.id, result);
        if (result.ok && result.value !== undefined) valid[item.id] = result.value;
      }

      // Mistakes in hidden questions are not the patient's to fix: they are dropped, not reported.
      const visible = visibleItemIds(definition, valid);
      for (const item of items.values()) {
        if (!visible.has(item.id)) continue;
        const result = checked.get(item.id);
        if (result && !result.ok) issue(item.id, result.message);
        else if (item.required && valid[item.id] === undefined) issue(item.id, REQUIRED_MESSAGE);
      }

      for (const constraint of definition.constraints) {
        const shown = constraint.items.filter((id) => visible.has(id));
        const first = shown[0];
        if (first === undefined) continue;
        const oneGiven = shown.some((id) => valid[id] !== undefined || checked.get(id)?.ok === false);
        if (!oneGiven) issue(first, t(constraint.message));
      }

      if (issues.length > 0) return { success: false, error: { issues } };
      const output: Answers = {};
      for (const [id, value] of Object.entries(valid)) if (visible.has(id)) output[id] = value;
      return { success: true, data: output };
    },
  };
}

/**
 * Valid, non-empty answers to known questions, with everything else silently dropped — for live
 * use on half-filled forms (e.g. warning about a red flag while the patient types).
 */
export function coerceAnswers(
  definition: Definition,
  raw: Readonly<Record<string, unknown>>,
  options: AnswerSchemaOptions = {},
): Answers {
  const today = options.today ?? todayUtc();
  const answers: Answers = {};
  for (const item of answerableItems(definition)) {
    const result = checkAnswer(item, answerOf(raw, item.id), today);
    if (result.ok && result.value !== undefined) answers[item.id] = result.value;
  }
  return answers;
}

/** Checks one raw value against its question; `value: undefined` means "not answered". */
export function checkAnswer(item: AnsweredItem, raw: unknown, today: string): Checked {
  // react-hook-form reports an untouched checkbox group as `false`.
  if (!isAnswered(raw) || (raw === false && item.type === "multi")) return { ok: true, value: undefined };
  switch (item.type) {
    case "single":
      return typeof raw === "string" && item.options.some((o) => o.value === raw)
        ? { ok: true, value: raw }
        : { ok: false, message: "Choose one of the options" };
    case "multi":
      return checkMulti(item, raw);
    case "yesno":
      if (typeof raw === "boolean") return { ok: true, value: raw };
      if (raw === "true" || raw === "false") return { ok: true, value: raw === "true" };
      if (item.notSure && raw === NOT_SURE) return { ok: true, value: NOT_SURE };
      return { ok: false, message: item.notSure ? "Answer yes, no or not sure" : "Answer yes or no" };
    case "scale": {
      const n = toNumber(raw);
      return n !== undefined && Number.isInteger(n) && n >= item.min && n <= item.max
        ? { ok: true, value: n }
        : { ok: false, message: `Enter a whole number between ${item.min} and ${item.max}` };
    }
    case "number":
      return checkNumber(item, raw);
    case "text": {
      if (typeof raw !== "string") return { ok: false, message: "Enter text" };
      const value = raw.trim();
      const problem = textAnswerProblem(value, item.multiline === true);
      if (problem) return { ok: false, message: problem };
      if (value.length > item.maxLength) return { ok: false, message: `Keep this under ${item.maxLength} characters` };
      if (item.format === "email" && !EMAIL.test(value)) {
        return { ok: false, message: "Enter a valid email address" };
      }
      if (item.format === "phone" && !isPhone(value)) return { ok: false, message: "Enter a valid phone number" };
      return { ok: true, value };
    }
    case "date": {
      const value = typeof raw === "string" ? raw.trim() : "";
      const problem = dateProblem(value, {
        today,
        notInFuture: item.notInFuture,
        notBefore: item.notBefore,
        maxAgeYears: item.role === "dateOfBirth" && today !== NO_DATE_LIMIT ? MAX_AGE_YEARS : undefined,
      });
      return problem ? { ok: false, message: problem } : { ok: true, value };
    }
    case "painmap":
      return Array.isArray(raw) && raw.every((r) => typeof r === "string" && isPainRegionId(r))
        ? { ok: true, value: unique(raw) }
        : { ok: false, message: "Choose areas on the body map" };
  }
}

function checkMulti(item: ItemOfType<"multi">, raw: unknown): Checked {
  if (
    !Array.isArray(raw) ||
    !raw.every((v): v is string => typeof v === "string" && item.options.some((o) => o.value === v))
  ) {
    return { ok: false, message: "Choose from the options listed" };
  }
  const value = unique(raw);
  if (value.length > 1) {
    const exclusive = item.options.find((o) => value.includes(o.value) && item.exclusiveValues?.includes(o.value));
    if (exclusive) return { ok: false, message: `"${t(exclusive.label)}" cannot be combined with other choices` };
  }
  return { ok: true, value };
}

function checkNumber(item: ItemOfType<"number">, raw: unknown): Checked {
  const n = toNumber(raw);
  const kind = item.integer ? "a whole number" : "a number";
  const { min, max } = item;
  const message =
    min !== undefined && max !== undefined
      ? `Enter ${kind} between ${min} and ${max}`
      : min !== undefined
        ? `Enter ${kind} of at least ${min}`
        : max !== undefined
          ? `Enter ${kind} of at most ${max}`
          : `Enter ${kind}`;
  if (n === undefined || (item.integer && !Number.isInteger(n))) return { ok: false, message };
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) return { ok: false, message };
  return { ok: true, value: n };
}

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === "string" && raw.trim() !== "") {
    const n = Number(raw.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return PHONE.test(value) && digits >= 7 && digits <= 15;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
