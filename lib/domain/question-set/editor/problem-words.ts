/**
 * A validation problem as a clinical lead reads it: where it is, named by its wording ("Question “How bad is your
 * pain now?” in “Your pain”"), and what is wrong with which field ("the words at the low end are missing"), instead
 * of `sections[1].items[4].minLabel`.
 */
import type { Definition } from "../definition-schema";
import type { ProblemPlace } from "./validate";

const MAX_QUOTE = 60;

const FIELDS: Record<string, string> = {
  text: "the wording",
  help: "the help text",
  title: "the title",
  description: "the description",
  min: "the lowest value",
  max: "the highest value",
  minLabel: "the words at the low end",
  maxLabel: "the words at the high end",
  causeThreshold: "the value causes count from",
  maxLength: "the longest answer",
  notBefore: "the earliest date",
  options: "the answers",
  enableWhen: "the condition",
  when: "the condition",
  citation: "the guideline citation",
  clinicianText: "the text for clinicians",
  patientText: "the text for patients",
  severity: "the severity",
  items: "the questions",
  bands: "the bands",
  classification: "the classification",
  subscales: "the subscales",
  role: "the role",
  id: "the id",
  type: "the type",
};

function quote(text: string | undefined): string {
  const plain = (text ?? "").replace(/\s+/g, " ").trim();
  return `“${plain.length > MAX_QUOTE ? `${plain.slice(0, MAX_QUOTE - 1)}…` : plain}”`;
}

/** Where the problem is, in words. */
export function placeInWords(definition: Definition, place: ProblemPlace): string {
  switch (place.kind) {
    case "item": {
      for (const section of definition.sections) {
        const item = section.items.find((i) => i.id === place.itemId);
        if (!item) continue;
        const kind = item.type === "display" ? "Text" : "Question";
        const wording = item.text?.en?.trim() ? quote(item.text.en) : `${place.itemId} (no wording yet)`;
        return `${kind} ${wording} in ${quote(section.title?.en)}`;
      }
      return `Question ${place.itemId}`;
    }
    case "section": {
      const section = definition.sections.find((s) => s.id === place.sectionId);
      return `Section ${section?.title?.en?.trim() ? quote(section.title.en) : place.sectionId}`;
    }
    case "rule": {
      const rule = definition.redFlagRules.find((r) => r.id === place.ruleId);
      return `Red-flag rule ${rule?.title?.en?.trim() ? quote(rule.title.en) : place.ruleId}`;
    }
    case "score": {
      const score = definition.scores.find((s) => s.id === place.scoreId);
      return `Score ${score?.title?.en?.trim() ? quote(score.title.en) : place.scoreId}`;
    }
    case "computed": {
      const value = definition.computed?.find((c) => c.id === place.computedId);
      return `Computed value ${value?.title?.en?.trim() ? quote(value.title.en) : place.computedId}`;
    }
    case "constraint":
      return `“At least one of” rule ${place.index + 1}`;
    case "definition":
      return "The question set";
  }
}

/** The field a path ends in, in words: `…options[2].label.en` → "answer 3's wording". */
function fieldInWords(path: string): string | undefined {
  const option = /options\[(\d+)\]\.(value|label)/.exec(path);
  if (option) return `answer ${Number(option[1]) + 1}'s ${option[2] === "value" ? "stored code" : "wording"}`;
  const names = [...path.matchAll(/\.?([A-Za-z]+)(?:\[\d+\])?/g)].map((m) => m[1]!).filter((n) => n !== "en");
  for (let i = names.length - 1; i >= 0; i--) {
    const words = FIELDS[names[i]!];
    if (words && !["sections", "redFlagRules", "scores", "constraints"].includes(names[i]!)) return words;
  }
  return undefined;
}

export function problemInWords(
  definition: Definition,
  place: ProblemPlace,
  problem: { path: string; message: string },
): string {
  const where = placeInWords(definition, place);
  if (place.kind === "computed") {
    const words = computedProblemInWords(definition, place.computedId, problem.path);
    if (words) return `${where}: ${words}`;
  }
  const field = fieldInWords(problem.path);
  let what = problem.message;
  if (field) {
    const are = /^the (words|answers|questions|bands|subscales)/.test(field) ? "are" : "is";
    if (/^"[^"]+" is missing$/.test(what) || /^Required$/i.test(what)) what = `${field} ${are} missing`;
    else if (/^English text cannot be empty$/.test(what)) what = `${field} cannot be empty`;
    else if (/expected number, received/.test(what)) what = `${field} must be a number`;
    else if (/^Invalid input/.test(what)) what = `${field} is not valid`;
  }
  return `${where}: ${what}`;
}

/** The cross-reference problems of a computed value (computed-values.ts), said from what the draft holds now. */
function computedProblemInWords(definition: Definition, computedId: string, path: string): string | undefined {
  const value = definition.computed?.find((c) => c.id === computedId);
  if (!value) return undefined;
  if (/\.from$/.test(path)) {
    const source = definition.sections.flatMap((s) => s.items).find((i) => i.id === value.from);
    if (!source)
      return `the date question it is worked out from (${value.from}) is not in the question set; choose a date question`;
    if (source.type !== "date") {
      const wording = source.text?.en?.trim() ? quote(source.text.en) : source.id;
      return `it is worked out from ${wording}, which is not a date question; choose a date question`;
    }
  }
  if (/\.id$/.test(path)) return `its id ${value.id} is also the id of a question or of another computed value`;
  return undefined;
}
