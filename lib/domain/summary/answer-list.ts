/** The patient's answers as words, section by section, for the clinician's full-answers view. */
import { answerOf, isAnswered, visibleItemIds } from "../question-set/conditions";
import type { Definition, Item } from "../question-set/definition-schema";
import { t } from "../question-set/text";
import { painRegionLabel } from "../pain-map/regions";

export type AnswerListSection = {
  sectionId: string;
  sectionTitle: string;
  /** `freeText`: typed by the patient, shown as typed (in the language they answered in), never translated. */
  items: { itemId: string; question: string; answer: string; freeText?: boolean }[];
};

/** The words an answer list uses beside the question set's own: the patient pages pass their language's. */
export type AnswerWords = { yes: string; no: string; notSure: string; region: (id: string) => string };

const ENGLISH_WORDS: AnswerWords = { yes: "Yes", no: "No", notSure: "Not sure", region: painRegionLabel };

/** One answer rendered as words: option labels, "Yes"/"No", body-map region names. */
export function formatAnswer(item: Item, value: unknown, locale = "en", words: AnswerWords = ENGLISH_WORDS): string {
  const labelOf = (v: unknown): string => {
    if (item.type !== "single" && item.type !== "multi") return String(v);
    const option = item.options.find((o) => o.value === v);
    return option ? t(option.label, locale) : String(v);
  };
  switch (item.type) {
    case "single":
      return labelOf(value);
    case "multi":
      return Array.isArray(value) ? value.map(labelOf).join(", ") : labelOf(value);
    case "yesno":
      return value === true
        ? words.yes
        : value === false
          ? words.no
          : value === "not_sure"
            ? words.notSure
            : String(value);
    case "scale": {
      const end = value === item.min ? item.minLabel : value === item.max ? item.maxLabel : undefined;
      return `${String(value)}/${item.max}${end ? ` (${t(end, locale)})` : ""}`;
    }
    case "number":
      return item.unit ? `${String(value)} ${t(item.unit, locale)}` : String(value);
    case "painmap":
      return Array.isArray(value) ? value.map((r) => words.region(String(r))).join(", ") : String(value);
    case "display":
      return "";
    case "text":
    case "date":
      return String(value);
  }
}

/** Answered, shown questions in definition order; sections with nothing answered are left out. */
export function answerList(
  definition: Definition,
  answers: Readonly<Record<string, unknown>>,
  locale = "en",
): AnswerListSection[] {
  const visible = visibleItemIds(definition, answers);
  return definition.sections.flatMap((section) => {
    const items = section.items.flatMap((item) => {
      const value = answerOf(answers, item.id);
      if (item.type === "display" || !visible.has(item.id) || !isAnswered(value)) return [];
      const row = { itemId: item.id, question: t(item.text, locale), answer: formatAnswer(item, value, locale) };
      return [item.type === "text" ? { ...row, freeText: true } : row];
    });
    return items.length > 0 ? [{ sectionId: section.id, sectionTitle: t(section.title, locale), items }] : [];
  });
}
