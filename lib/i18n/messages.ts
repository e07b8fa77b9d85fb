/**
 * The patient pages' own words (everything that is not the question set's): one JSON file per language in
 * messages/, English the source and the shape. Pure: no I/O, so it runs in the browser, on the server and in tests.
 */
import type english from "@/messages/en.json";

export type Messages = typeof english;

/**
 * The groups the intake form reads in the browser. The patient layout hands only these to the client: the
 * confirmation's, the causes' education and the page titles are read on the server, and sending them too put
 * about 7 KB more in front of the form's first paint.
 */
const FORM_GROUPS = [
  "language",
  "form",
  "consent",
  "submit",
  "draft", // the patient's saved progress; the key keeps its old name on purpose (translators' files)
  "safety",
  "review",
  "painMap",
  "errors",
  "dateParts",
] as const;

export type FormMessages = Pick<Messages, (typeof FORM_GROUPS)[number]>;

export function formMessages(messages: Messages): FormMessages {
  return Object.fromEntries(FORM_GROUPS.map((group) => [group, messages[group]])) as FormMessages;
}

export type Params = Readonly<Record<string, string | number>>;

export type Direction = "ltr" | "rtl";

/**
 * "Step {current} of {total}" → "Step 2 of 8". An unknown placeholder stays as written, so a typo shows.
 * In a right-to-left sentence each value is isolated (FSI…PDI): a phone number's groups would otherwise be laid
 * out right to left ("020 7946 0000" read as "0000 7946 020"), and a clinic's own text typed in English would
 * pull the punctuation around it. The marks are invisible and screen readers skip them; left-to-right text
 * needs none, so it stays byte for byte as written.
 */
export function format(template: string, params: Params = {}, dir: Direction = "ltr"): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    return dir === "rtl" ? `\u2068${params[name]}\u2069` : String(params[name]);
  });
}

/**
 * A language's catalogue over English, key by key: a key it lacks (or leaves blank) reads the English, never an
 * empty label, and anything that is not the English shape (a number, a list of another length) is ignored.
 */
export function withFallback(translated: unknown, source: Messages): Messages {
  return merge(translated, source) as Messages;
}

function merge(translated: unknown, source: unknown): unknown {
  if (typeof source === "string") {
    return typeof translated === "string" && translated.trim() !== "" ? translated : source;
  }
  if (Array.isArray(source)) {
    return Array.isArray(translated) && translated.length === source.length
      ? source.map((s, i) => merge(translated[i], s))
      : source;
  }
  if (typeof source === "object" && source !== null) {
    const from = typeof translated === "object" && translated !== null ? (translated as Record<string, unknown>) : {};
    return Object.fromEntries(
      Object.entries(source).map(([key, value]) => [
        key,
        merge(Object.hasOwn(from, key) ? from[key] : undefined, value),
      ]),
    );
  }
  return source;
}

/** Every key of a catalogue whose value is missing or blank, for the completeness test and the translator. */
export function missingKeys(translated: unknown, source: Messages): string[] {
  const walk = (t: unknown, s: unknown, path: string): string[] => {
    if (typeof s === "string") return typeof t === "string" && t.trim() !== "" ? [] : [path];
    if (Array.isArray(s)) {
      return Array.isArray(t) && t.length === s.length ? s.flatMap((v, i) => walk(t[i], v, `${path}.${i}`)) : [path];
    }
    const from = typeof t === "object" && t !== null ? (t as Record<string, unknown>) : {};
    return Object.entries(s as object).flatMap(([k, v]) => walk(from[k], v, path ? `${path}.${k}` : k));
  };
  return walk(translated, source, "");
}
