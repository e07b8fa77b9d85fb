/**
 * The answer schema (lib/domain/question-set/answer-schema.ts) speaks English on purpose: the server and the JSON
 * API answer in it. The form shows the same problem in the patient's language by reading the English back against
 * the catalogue's English templates. tests/unit/i18n-messages.test.ts ("field errors in the patient's language") fails
 * when the schema gains a message no template matches.
 */
import { ENGLISH_MONTHS } from "@/lib/domain/question-set/date-parts";
import { format, type Messages } from "./messages";

type ErrorKey = keyof Messages["errors"];
/** The English templates, which the page sends along only when the patient's language is not English. */
export type ErrorSources = Messages["errors"];
type Pattern = { key: ErrorKey; names: string[]; pattern: RegExp };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const compiled = new WeakMap<ErrorSources, Pattern[]>();

function patternsOf(sources: ErrorSources): Pattern[] {
  let patterns = compiled.get(sources);
  if (!patterns) {
    patterns = (Object.entries(sources) as [ErrorKey, string][]).map(([key, template]) => {
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const source = template
        .split(/\{\w+\}/)
        .map(escape)
        .join("(.+?)");
      return { key, names, pattern: new RegExp(`^${source}$`) };
    });
    compiled.set(sources, patterns);
  }
  return patterns;
}

export type ErrorContext = {
  messages: Pick<Messages, "errors" | "dateParts">;
  sources: ErrorSources | undefined;
  locale: string;
  /** The patient's wording of an option label the English message quotes (the question's own translation). */
  label?: (english: string) => string;
};

/** The message in the patient's language; one no template knows is returned as it came (English). */
export function localAnswerError(message: string, context: ErrorContext): string {
  if (context.locale === "en" || !context.sources) return message;
  for (const { key, names, pattern } of patternsOf(context.sources)) {
    const match = pattern.exec(message);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = localParam(name, match[i + 1]!, context)));
    const local = format(context.messages.errors[key], params);
    // A month name opens some sentences ("abril solo tiene 30 días"), and Intl writes it in lower case.
    return local.charAt(0).toLocaleUpperCase(context.locale) + local.slice(1);
  }
  return message;
}

function localParam(name: string, value: string, { messages, locale, label }: ErrorContext): string {
  switch (name) {
    case "parts":
      // "day, month and year" → the catalogue's words, joined the language's way.
      return new Intl.ListFormat(locale, { type: "conjunction" }).format(
        value.split(/, | and /).map((part) => messages.dateParts[part as keyof Messages["dateParts"]] ?? part),
      );
    case "month": {
      // The schema's own English names: building twelve Intl formatters when this module loaded cost the phone
      // about 40 ms before the form could answer a tap.
      const index = (ENGLISH_MONTHS as readonly string[]).indexOf(value);
      return index < 0
        ? value
        : new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(Date.UTC(2001, index, 1));
    }
    case "label":
      return label ? label(value) : value;
    case "min":
    case "max":
    case "days":
    case "years":
      return Number.isFinite(Number(value)) ? new Intl.NumberFormat(locale).format(Number(value)) : value;
    default:
      return value;
  }
}
