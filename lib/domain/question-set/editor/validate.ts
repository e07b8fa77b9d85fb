import { parseDefinition, type Definition } from "../definition-schema";
import { publishProblems } from "../roles";
import { problemInWords } from "./problem-words";
import { translationAnchor, translationProblems, type TranslationProblem } from "../translations/status";

/** Where a problem is, in editor terms, so the validation panel can link to the field's card. */
export type ProblemPlace =
  | { kind: "definition" }
  | { kind: "section"; sectionId: string }
  | { kind: "item"; itemId: string }
  | { kind: "rule"; ruleId: string }
  | { kind: "score"; scoreId: string }
  | { kind: "computed"; computedId: string }
  | { kind: "constraint"; index: number };

export type PlacedProblem = {
  /** Where in the JSON (for tests and the FHIR reports); the editor shows `message`, which says it in words. */
  path: string;
  /** "Question “How bad is your pain now?” in “Your pain”: the words at the low end are missing". */
  message: string;
  place: ProblemPlace;
  anchor: string;
  /** For a missing or stale translation: its row in the translations view. */
  translationAnchor?: string;
};

/** DOM id of the editor card for a place; the editor uses the same function, so links always land. */
export function anchorFor(place: ProblemPlace): string {
  switch (place.kind) {
    case "definition":
      return "editor-definition";
    case "section":
      return `editor-section-${place.sectionId}`;
    case "item":
      return `editor-item-${place.itemId}`;
    case "rule":
      return `editor-rule-${place.ruleId}`;
    case "score":
      return `editor-score-${place.scoreId}`;
    case "computed":
      return `editor-computed-${place.computedId}`;
    case "constraint":
      return `editor-constraint-${place.index}`;
  }
}

/** Maps a problem path (`sections[2].items[0].text.en`) to the card that owns it. */
export function placeOf(definition: Definition, path: string): ProblemPlace {
  const item = /^sections\[(\d+)\]\.items\[(\d+)\]/.exec(path);
  if (item) {
    const found = definition.sections[Number(item[1])]?.items[Number(item[2])];
    if (found && typeof found.id === "string") return { kind: "item", itemId: found.id };
  }
  const section = /^sections\[(\d+)\]/.exec(path);
  if (section) {
    const found = definition.sections[Number(section[1])];
    if (found) return { kind: "section", sectionId: found.id };
  }
  const rule = /^redFlagRules\[(\d+)\]/.exec(path);
  if (rule) {
    const found = definition.redFlagRules[Number(rule[1])];
    if (found) return { kind: "rule", ruleId: found.id };
  }
  const score = /^scores\[(\d+)\]/.exec(path);
  if (score) {
    const found = definition.scores[Number(score[1])];
    if (found) return { kind: "score", scoreId: found.id };
  }
  const computed = /^computed\[(\d+)\]/.exec(path);
  if (computed) {
    const found = definition.computed?.[Number(computed[1])];
    if (found && typeof found.id === "string") return { kind: "computed", computedId: found.id };
  }
  const constraint = /^constraints\[(\d+)\]/.exec(path);
  if (constraint) return { kind: "constraint", index: Number(constraint[1]) };
  return { kind: "definition" };
}

/** Every problem that would stop publishing, each with the place it belongs to. Empty = publishable. */
export function validateDraft(definition: Definition): PlacedProblem[] {
  const parsed = parseDefinition(definition);
  // Publishing also needs the questions that say who the patient is: "No problems" must mean it can be published.
  const problems: TranslationProblem[] = parsed.ok
    ? [...publishProblems(parsed.definition), ...translationProblems(parsed.definition)]
    : [...parsed.problems, ...safeTranslationProblems(definition)];
  return problems.map(({ translation, ...p }) => ({
    ...placeProblem(definition, p),
    ...(translation ? { translationAnchor: translationAnchor(translation.code, translation.key) } : {}),
  }));
}

/** A problem from the schema (or the server's publish check) with its card and a message in words. */
export function placeProblem(definition: Definition, problem: { path: string; message: string }): PlacedProblem {
  const place = placeOf(definition, problem.path);
  return {
    path: problem.path,
    message: problemInWords(definition, place, problem),
    place,
    anchor: anchorFor(place),
  };
}

/** A half-finished draft may lack parts the translation check reads; its other problems are listed anyway. */
function safeTranslationProblems(definition: Definition): TranslationProblem[] {
  try {
    return translationProblems(definition);
  } catch {
    return [];
  }
}
