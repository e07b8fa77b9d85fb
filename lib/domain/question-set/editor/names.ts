/**
 * What the editor calls things in its labels, in the clinic's words: a question by its wording, a section, rule or
 * score by its title, an answer by its wording — shortened and in quotes (`“How bad is your back pain right now?”`),
 * so a screen reader user hears `Lowest value of “How bad is your back pain right now?”`, not `Lowest value of
 * pain_now`. Something with no words yet is called by its id (bare, so it never looks like wording); two things
 * whose shortened words are the same get their id added (`“Yes” (yes_2)`), so every label stays unique — except
 * questions, which get their place instead (`“New question” (question 4 in “Safety”)`): every question added
 * without wording starts as “New question”, and `question_7` tells a nurse nothing about which one is meant.
 *
 * A field that edits the very words a thing is named by is labelled by position instead ("Wording of question 3",
 * "Answer 2 of “Sex”", "Title of section 2"): a label that changed with every key pressed would be useless to a
 * screen reader and to a test.
 */
import type { Definition, LocaleText } from "../definition-schema";

/** About forty characters of wording are enough to tell questions apart and short enough to read out. */
export const NAME_LENGTH = 40;

/** Whitespace collapsed and, beyond `max` characters, cut after the last whole word that fits, with "…". */
export function shorten(text: string, max = NAME_LENGTH): string {
  const plain = text.replace(/\s+/g, " ").trim();
  if (plain.length <= max) return plain;
  // One character more than fits, so a word ending exactly at the limit is seen to be whole.
  const space = plain.slice(0, max + 1).lastIndexOf(" ");
  // Back up to the last whole word unless that would throw away more than half the room.
  const words = space >= max / 2 ? plain.slice(0, space) : plain.slice(0, max);
  return `${words.replace(/[\s,;:.\-–—(]+$/, "")}…`;
}

/** Shortened wording in curly quotes, as the editor quotes what patients read. */
export function quote(text: string, max = NAME_LENGTH): string {
  return `“${shorten(text, max)}”`;
}

type Named = { id: string; text: LocaleText | undefined };

/** Names for a list of things of one kind: quoted words, the id when there are none, the id added to duplicates. */
export function uniqueNames(entries: readonly Named[]): Map<string, string> {
  const base = entries.map((e) => {
    const words = e.text?.en?.trim();
    return { id: e.id, name: words ? quote(words) : e.id };
  });
  const counts = new Map<string, number>();
  for (const b of base) counts.set(b.name, (counts.get(b.name) ?? 0) + 1);
  return new Map(base.map((b) => [b.id, (counts.get(b.name) ?? 0) > 1 ? `${b.name} (${b.id})` : b.name]));
}

export type EditorNames = {
  /** A question (or display text) by its wording. */
  question: (itemId: string) => string;
  section: (sectionId: string) => string;
  /** One answer of a choice question by its wording, unique among that question's answers. */
  option: (itemId: string, value: string) => string;
  rule: (ruleId: string) => string;
  score: (scoreId: string) => string;
  subscale: (scoreId: string, subscaleId: string) => string;
};

/** Every name the editor's labels need for one draft, worked out once per change. */
export function editorNames(definition: Definition): EditorNames {
  const items = definition.sections.flatMap((s) => s.items);
  const sections = uniqueNames(definition.sections.map((s) => ({ id: s.id, text: s.title })));
  const questions = questionNames(definition, sections);
  const rules = uniqueNames(definition.redFlagRules.map((r) => ({ id: r.id, text: r.title })));
  const scores = uniqueNames(definition.scores.map((s) => ({ id: s.id, text: s.title })));
  const options = new Map(
    items.map((i) => [
      i.id,
      uniqueNames(
        i.type === "single" || i.type === "multi" ? i.options.map((o) => ({ id: o.value, text: o.label })) : [],
      ),
    ]),
  );
  const subscales = new Map(
    definition.scores.map((s) => [s.id, uniqueNames(s.subscales.map((sub) => ({ id: sub.id, text: sub.title })))]),
  );
  return {
    question: (id) => questions.get(id) ?? id,
    section: (id) => sections.get(id) ?? id,
    option: (itemId, value) => options.get(itemId)?.get(value) ?? value,
    rule: (id) => rules.get(id) ?? id,
    score: (id) => scores.get(id) ?? id,
    subscale: (scoreId, id) => subscales.get(scoreId)?.get(id) ?? id,
  };
}

/**
 * Questions by their wording; two whose shortened wording is the same by their place as well, numbered as the
 * section's cards number them (`“New question” (question 4 in “Safety”)`). The place changes when one is moved;
 * by then the nurse has usually given it words of its own.
 */
function questionNames(definition: Definition, sections: ReadonlyMap<string, string>): Map<string, string> {
  const entries = definition.sections.flatMap((section) =>
    section.items.map((item, index) => {
      const words = item.text?.en?.trim();
      const place = `question ${index + 1} in ${sections.get(section.id) ?? section.id}`;
      return { id: item.id, name: words ? quote(words) : item.id, place };
    }),
  );
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return new Map(entries.map((e) => [e.id, (counts.get(e.name) ?? 0) > 1 ? `${e.name} (${e.place})` : e.name]));
}

/** Turns a label's name into the middle of a sentence: "Show “Sex” only when" → "show “Sex” only when". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Names for the rows of the translations table: what the text is and its English words (`option “Female”`). Rows
 * with the same kind and words (many questions have an answer “Yes”) are numbered in order, `option “Yes” (2)`.
 */
export function translationRowNames(
  rows: readonly { key: string; label: string; text: LocaleText }[],
): Map<string, string> {
  const base = rows.map((r) => ({ key: r.key, name: `${lowerFirst(r.label)} ${quote(r.text.en)}` }));
  const counts = new Map<string, number>();
  for (const b of base) counts.set(b.name, (counts.get(b.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    base.map((b) => {
      if ((counts.get(b.name) ?? 0) < 2) return [b.key, b.name];
      const n = (seen.get(b.name) ?? 0) + 1;
      seen.set(b.name, n);
      return [b.key, `${b.name} (${n})`];
    }),
  );
}
