/**
 * The score builder's operations: a score's questions and what each answer is worth, sum or
 * percentage, subscales, bands and classification cases. Like the other editor operations they take a
 * definition and give back a new one or a refusal; half-finished scores (no question yet, a band
 * without a label) are kept and reported by validation, so autosave never loses work.
 */
import type {
  Definition,
  Item,
  ItemType,
  ScoreComparison,
  ScoreCondition,
  ScoreDefinition,
} from "../definition-schema";
import { t } from "../text";
import { moveInList, ok, refuse, type EditResult } from "./result";
import { KEY_ID_PATTERN } from "../id-patterns";

/** Question types a score can count (the meta-schema refuses the others). */
export const SCORABLE_TYPES: readonly ItemType[] = ["single", "multi", "yesno", "scale", "number"];

export const SCORE_METHOD_LABELS: Record<ScoreDefinition["method"], string> = {
  sum: "Sum of the points",
  percentage: "Percentage of the most possible",
};

export const SCORE_OP_LABELS: Record<ScoreComparison["op"], string> = {
  equals: "is",
  gt: "is more than",
  gte: "is at least",
  lt: "is less than",
  lte: "is at most",
};

export type ClassificationCase = ScoreDefinition["classification"][number];
export type ScoreBand = ScoreDefinition["bands"][number];
export type Subscale = ScoreDefinition["subscales"][number];

export function isScorable(item: Item): boolean {
  return SCORABLE_TYPES.includes(item.type);
}

/** Questions a score may count, in the order patients see them. */
export function scorableItems(definition: Definition): Item[] {
  return definition.sections.flatMap((s) => s.items).filter(isScorable);
}

function findQuestion(definition: Definition, itemId: string): Item | undefined {
  for (const section of definition.sections) {
    const item = section.items.find((i) => i.id === itemId);
    if (item) return item;
  }
  return undefined;
}

export function suggestScoreId(definition: Definition): string {
  const used = new Set(definition.scores.map((s) => s.id));
  for (let n = 1; ; n++) if (!used.has(`score-${n}`)) return `score-${n}`;
}

/** An empty sum score; validation asks for its first question until it has one. */
export function newScore(id: string, title = "New score"): ScoreDefinition {
  return { id, title: { en: title }, method: "sum", items: [], subscales: [], bands: [], classification: [] };
}

/**
 * What each answer of a question is worth when it is first added: choices score their position
 * (0 for the first option, 1 for the next, …), as most published instruments do; yes scores 1 and no 0.
 * Scale and number answers count as the number given, so they need no table.
 */
export function defaultValues(item: Item): Record<string, number> | undefined {
  if (item.type === "single" || item.type === "multi") {
    return Object.fromEntries(item.options.map((o, i) => [o.value, i]));
  }
  if (item.type === "yesno") return { true: 1, false: 0 };
  return undefined;
}

/** The answers a question can give that a score table lists, with their labels for the builder. */
export function answerKeys(item: Item): { key: string; label: string }[] {
  if (item.type === "single" || item.type === "multi") {
    return item.options.map((o) => ({ key: o.value, label: t(o.label) }));
  }
  if (item.type === "yesno") {
    return [
      { key: "true", label: "Yes" },
      { key: "false", label: "No" },
    ];
  }
  return [];
}

/** Names a classification comparison can use: the total, the percentage (percentage scores), each subscale. */
export function scoreComponents(score: ScoreDefinition): { id: string; label: string }[] {
  return [
    { id: "total", label: "Total" },
    ...(score.method === "percentage" ? [{ id: "percentage", label: "Percentage" }] : []),
    ...score.subscales.map((s) => ({ id: s.id, label: `Subscale ${t(s.title)}` })),
  ];
}

export function addScore(definition: Definition, score: ScoreDefinition): EditResult {
  if (!KEY_ID_PATTERN.test(score.id)) {
    return refuse("invalid-id", "Score ids start with a lower-case letter and use only a-z, 0-9, - and _");
  }
  if (definition.scores.some((s) => s.id === score.id)) {
    return refuse("duplicate-id", `There is already a score "${score.id}"`);
  }
  return ok({ ...definition, scores: [...definition.scores, score] });
}

export function updateScore(definition: Definition, scoreId: string, next: ScoreDefinition): EditResult {
  if (next.id !== scoreId) return refuse("invalid-id", "A score's id cannot be changed");
  if (!definition.scores.some((s) => s.id === scoreId)) return refuse("not-found", `No score "${scoreId}"`);
  return ok({ ...definition, scores: definition.scores.map((s) => (s.id === scoreId ? next : s)) });
}

/** Nothing inside a definition refers to a score, so deleting one is always possible. */
export function deleteScore(definition: Definition, scoreId: string): EditResult {
  if (!definition.scores.some((s) => s.id === scoreId)) return refuse("not-found", `No score "${scoreId}"`);
  return ok({ ...definition, scores: definition.scores.filter((s) => s.id !== scoreId) });
}

/** Applies a change to one score; the change may itself refuse. */
function editScore(
  definition: Definition,
  scoreId: string,
  change: (score: ScoreDefinition) => ScoreDefinition | EditResult,
): EditResult {
  const score = definition.scores.find((s) => s.id === scoreId);
  if (!score) return refuse("not-found", `No score "${scoreId}"`);
  const next = change(score);
  if ("ok" in next) return next;
  return updateScore(definition, scoreId, next);
}

export function setScoreTitle(definition: Definition, scoreId: string, title: string): EditResult {
  return editScore(definition, scoreId, (s) => ({ ...s, title: { ...s.title, en: title } }));
}

/**
 * Sum or percentage. A percentage needs the most one question can score; when switching, the builder
 * offers the highest any of the score's questions can give, which the admin can then correct.
 */
export function setScoreMethod(
  definition: Definition,
  scoreId: string,
  method: ScoreDefinition["method"],
  maxPerItem?: number,
): EditResult {
  return editScore(definition, scoreId, (s) => {
    const { maxPerItem: previous, ...rest } = s;
    if (method === "sum") return { ...rest, method };
    const max = maxPerItem ?? previous ?? suggestedMaxPerItem(definition, s);
    return max !== undefined && max > 0 ? { ...rest, method, maxPerItem: max } : { ...rest, method };
  });
}

/** The most any one of the score's questions can give, or undefined while that is unknown. */
export function suggestedMaxPerItem(definition: Definition, score: ScoreDefinition): number | undefined {
  const maxima = score.items.flatMap((entry) => {
    if (entry.values) {
      const values = Object.values(entry.values);
      return values.length ? [Math.max(...values)] : [];
    }
    const item = findQuestion(definition, entry.item);
    return item && (item.type === "scale" || item.type === "number") && item.max !== undefined ? [item.max] : [];
  });
  return maxima.length ? Math.max(...maxima) : undefined;
}

/** Counts a question in a score, with the default worth of each answer (see defaultValues). */
export function addScoreItem(definition: Definition, scoreId: string, itemId: string): EditResult {
  const item = findQuestion(definition, itemId);
  if (!item) return refuse("not-found", `No question "${itemId}"`);
  if (!isScorable(item)) {
    return refuse(
      "invalid-id",
      `"${itemId}" cannot be scored; only choice, yes/no, scale and number questions can count in a score`,
    );
  }
  return editScore(definition, scoreId, (s) => {
    if (s.items.some((e) => e.item === itemId)) {
      return refuse("duplicate-id", `Score "${scoreId}" already counts "${itemId}"`);
    }
    const values = defaultValues(item);
    return { ...s, items: [...s.items, values ? { item: itemId, values } : { item: itemId }] };
  });
}

/** Stops counting a question; subscales that listed it drop it too, so nothing points at a missing entry. */
export function removeScoreItem(definition: Definition, scoreId: string, itemId: string): EditResult {
  return editScore(definition, scoreId, (s) => {
    if (!s.items.some((e) => e.item === itemId))
      return refuse("not-found", `Score "${scoreId}" does not count "${itemId}"`);
    return {
      ...s,
      items: s.items.filter((e) => e.item !== itemId),
      subscales: s.subscales.map((sub) => ({ ...sub, items: sub.items.filter((i) => i !== itemId) })),
    };
  });
}

export function moveScoreItem(definition: Definition, scoreId: string, itemId: string, toIndex: number): EditResult {
  return editScore(definition, scoreId, (s) => {
    const from = s.items.findIndex((e) => e.item === itemId);
    if (from < 0) return refuse("not-found", `Score "${scoreId}" does not count "${itemId}"`);
    const items = moveInList(s.items, from, toIndex);
    return items ? { ...s, items } : refuse("out-of-range", "The question is already at that end of the score");
  });
}

/**
 * What one answer of a counted question is worth; `undefined` takes the answer out of the table (it
 * then scores nothing), which is also what an emptied field means while the admin types a new number.
 */
export function setAnswerValue(
  definition: Definition,
  scoreId: string,
  itemId: string,
  answer: string,
  value: number | undefined,
): EditResult {
  if (value !== undefined && !Number.isFinite(value)) return refuse("out-of-range", "A score value must be a number");
  return editScore(definition, scoreId, (s) => {
    if (!s.items.some((e) => e.item === itemId))
      return refuse("not-found", `Score "${scoreId}" does not count "${itemId}"`);
    return {
      ...s,
      items: s.items.map((e) => {
        if (e.item !== itemId) return e;
        const values = { ...e.values };
        if (value === undefined) delete values[answer];
        else values[answer] = value;
        return { ...e, values };
      }),
    };
  });
}

/**
 * Brings a counted choice question's table in line with its current options: options added since get
 * their default worth, options removed are dropped. Existing values are kept.
 */
export function syncAnswerValues(definition: Definition, scoreId: string, itemId: string): EditResult {
  const item = findQuestion(definition, itemId);
  if (!item) return refuse("not-found", `No question "${itemId}"`);
  const defaults = defaultValues(item);
  return editScore(definition, scoreId, (s) => ({
    ...s,
    items: s.items.map((e) => {
      if (e.item !== itemId || !defaults) return e;
      const values = Object.fromEntries(Object.entries(defaults).map(([k, d]) => [k, e.values?.[k] ?? d]));
      return { ...e, values };
    }),
  }));
}

export function suggestSubscaleId(score: ScoreDefinition): string {
  const used = new Set(score.subscales.map((s) => s.id));
  for (let n = 1; ; n++) if (!used.has(`subscale-${n}`)) return `subscale-${n}`;
}

/** Adds a subscale; the admin then ticks which of the score's questions it sums. */
export function addSubscale(definition: Definition, scoreId: string, id: string, title: string): EditResult {
  if (!KEY_ID_PATTERN.test(id)) {
    return refuse("invalid-id", "Subscale ids start with a lower-case letter and use only a-z, 0-9, - and _");
  }
  if (id === "total" || id === "percentage") return refuse("invalid-id", `"${id}" is reserved for the whole score`);
  return editScore(definition, scoreId, (s) =>
    s.subscales.some((sub) => sub.id === id)
      ? refuse("duplicate-id", `Score "${scoreId}" already has a subscale "${id}"`)
      : { ...s, subscales: [...s.subscales, { id, title: { en: title }, items: [] }] },
  );
}

export function setSubscaleTitle(
  definition: Definition,
  scoreId: string,
  subscaleId: string,
  title: string,
): EditResult {
  return editSubscale(definition, scoreId, subscaleId, (sub) => ({ ...sub, title: { ...sub.title, en: title } }));
}

/** Includes or leaves out one of the score's questions from a subscale, keeping the score's order. */
export function setSubscaleItem(
  definition: Definition,
  scoreId: string,
  subscaleId: string,
  itemId: string,
  included: boolean,
): EditResult {
  const score = definition.scores.find((s) => s.id === scoreId);
  if (score && included && !score.items.some((e) => e.item === itemId)) {
    return refuse("not-found", `Add "${itemId}" to the score before putting it in a subscale`);
  }
  return editSubscale(definition, scoreId, subscaleId, (sub) => {
    const chosen = new Set(sub.items);
    if (included) chosen.add(itemId);
    else chosen.delete(itemId);
    const order = score?.items.map((e) => e.item) ?? [];
    return { ...sub, items: order.filter((id) => chosen.has(id)) };
  });
}

/**
 * Removing a subscale also removes the classification comparisons that read it: they could never
 * match again, and a case left with no comparison would match every patient.
 */
export function removeSubscale(definition: Definition, scoreId: string, subscaleId: string): EditResult {
  return editScore(definition, scoreId, (s) => {
    if (!s.subscales.some((sub) => sub.id === subscaleId)) return refuse("not-found", `No subscale "${subscaleId}"`);
    const classification = s.classification.flatMap((c) => {
      const comparisons = comparisonsOf(c.when).filter((cmp) => cmp.component !== subscaleId);
      if (comparisons.length === comparisonsOf(c.when).length) return [c];
      return comparisons.length ? [{ ...c, when: withComparisons(c.when, comparisons) }] : [];
    });
    return { ...s, subscales: s.subscales.filter((sub) => sub.id !== subscaleId), classification };
  });
}

function editSubscale(
  definition: Definition,
  scoreId: string,
  subscaleId: string,
  change: (sub: Subscale) => Subscale,
): EditResult {
  return editScore(definition, scoreId, (s) =>
    s.subscales.some((sub) => sub.id === subscaleId)
      ? { ...s, subscales: s.subscales.map((sub) => (sub.id === subscaleId ? change(sub) : sub)) }
      : refuse("not-found", `No subscale "${subscaleId}"`),
  );
}

/** A new band starts where the last one ended (whole numbers, as published bands are written). */
export function addBand(definition: Definition, scoreId: string): EditResult {
  return editScore(definition, scoreId, (s) => {
    const last = s.bands[s.bands.length - 1];
    const min = last ? last.max + 1 : 0;
    const width = last ? Math.max(1, last.max - last.min) : s.method === "percentage" ? 20 : 5;
    return { ...s, bands: [...s.bands, { min, max: min + width, label: { en: "" } }] };
  });
}

export function updateBand(definition: Definition, scoreId: string, index: number, band: ScoreBand): EditResult {
  return editScore(definition, scoreId, (s) =>
    index >= 0 && index < s.bands.length
      ? { ...s, bands: s.bands.map((b, i) => (i === index ? band : b)) }
      : refuse("out-of-range", "No such band"),
  );
}

export function removeBand(definition: Definition, scoreId: string, index: number): EditResult {
  return editScore(definition, scoreId, (s) =>
    index >= 0 && index < s.bands.length
      ? { ...s, bands: s.bands.filter((_, i) => i !== index) }
      : refuse("out-of-range", "No such band"),
  );
}

export function comparisonsOf(when: ScoreCondition): ScoreComparison[] {
  return "all" in when ? when.all : when.any;
}

function withComparisons(when: ScoreCondition, comparisons: ScoreComparison[]): ScoreCondition {
  return "all" in when ? { all: comparisons } : { any: comparisons };
}

/** A case reading the total, which the admin then adjusts; cases are tried in order, first match wins. */
export function addClassificationCase(definition: Definition, scoreId: string): EditResult {
  return editScore(definition, scoreId, (s) => ({
    ...s,
    classification: [
      ...s.classification,
      { when: { all: [{ component: "total", op: "gte", value: 0 }] }, label: { en: "" } },
    ],
  }));
}

export function updateClassificationCase(
  definition: Definition,
  scoreId: string,
  index: number,
  next: ClassificationCase,
): EditResult {
  return editScore(definition, scoreId, (s) =>
    index >= 0 && index < s.classification.length
      ? { ...s, classification: s.classification.map((c, i) => (i === index ? next : c)) }
      : refuse("out-of-range", "No such classification case"),
  );
}

export function removeClassificationCase(definition: Definition, scoreId: string, index: number): EditResult {
  return editScore(definition, scoreId, (s) =>
    index >= 0 && index < s.classification.length
      ? { ...s, classification: s.classification.filter((_, i) => i !== index) }
      : refuse("out-of-range", "No such classification case"),
  );
}

/** Order decides which label a patient gets when several cases match, so cases can be moved. */
export function moveClassificationCase(definition: Definition, scoreId: string, from: number, to: number): EditResult {
  return editScore(definition, scoreId, (s) => {
    const classification = moveInList(s.classification, from, to);
    return classification
      ? { ...s, classification }
      : refuse("out-of-range", "The case is already at that end of the list");
  });
}

/** "all of" ⇄ "any of", keeping the comparisons. */
export function setCaseMode(when: ScoreCondition, mode: "all" | "any"): ScoreCondition {
  return mode === "all" ? { all: comparisonsOf(when) } : { any: comparisonsOf(when) };
}

export function addComparison(when: ScoreCondition, comparison: ScoreComparison): ScoreCondition {
  return withComparisons(when, [...comparisonsOf(when), comparison]);
}

export function updateComparison(when: ScoreCondition, index: number, next: ScoreComparison): ScoreCondition {
  return withComparisons(
    when,
    comparisonsOf(when).map((c, i) => (i === index ? next : c)),
  );
}

export function removeComparison(when: ScoreCondition, index: number): ScoreCondition {
  return withComparisons(
    when,
    comparisonsOf(when).filter((_, i) => i !== index),
  );
}
