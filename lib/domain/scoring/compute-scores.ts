/**
 * Scores defined as data in the question set (sums, percentages, bands, classification cases),
 * so a clinic can add an instrument it holds a licence for without code. The default set's are described in prisma/default-question-set.md ("Scores").
 */
import { answerOf, isAnswered } from "../question-set/conditions";
import type {
  Definition,
  Item,
  LocaleText,
  ScoreComparison,
  ScoreCondition,
  ScoreDefinition,
} from "../question-set/definition-schema";
import { t } from "../question-set/text";

export type ScoreResult = {
  id: string;
  title: string;
  method: ScoreDefinition["method"];
  total: number;
  /** Sum method: the most the whole instrument can score. Percentage: maxPerItem × answered items. */
  max: number;
  percentage?: number;
  answeredItems: number;
  subscales: { id: string; title: string; value: number; max: number }[];
  /**
   * Whether enough questions were answered for the instrument's published scoring (all of them unless the score
   * says `minAnswered`). An incomplete score shows its sums but never a band or class: STarT Back with 2 of 9
   * answered is not "Low risk".
   */
  complete: boolean;
  band?: string;
  classification?: string;
  /** The arithmetic in one sentence, so a clinician can check it by eye. */
  working: string;
};

type ScoreEntry = { item: Item; values: Readonly<Record<string, number>> | undefined };

/** Scores with at least one answered question; expects answers already pruned of hidden ones. */
export function computeScores(
  definition: Definition,
  answers: Readonly<Record<string, unknown>>,
  // Stryker disable next-line StringLiteral: t() reads an unknown locale ("") as English, so "" and "en" agree
  locale = "en",
): ScoreResult[] {
  const items = new Map(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const results: ScoreResult[] = [];
  for (const score of definition.scores) {
    const entries = new Map<string, ScoreEntry>();
    for (const e of score.items) {
      const item = items.get(e.item);
      if (item) entries.set(e.item, { item, values: e.values });
    }
    const result = computeScore(score, entries, answers, locale);
    if (result) results.push(result);
  }
  return results;
}

function computeScore(
  score: ScoreDefinition,
  entries: ReadonlyMap<string, ScoreEntry>,
  answers: Readonly<Record<string, unknown>>,
  locale: string,
): ScoreResult | undefined {
  const answeredIds = [...entries.keys()].filter((id) => isAnswered(answerOf(answers, id)));
  if (answeredIds.length === 0) return undefined;

  const pointsOf = (id: string): number => {
    const entry = entries.get(id);
    return entry && answeredIds.includes(id) ? points(entry, answerOf(answers, id)) : 0;
  };
  const maxOf = (id: string): number => {
    const entry = entries.get(id);
    return entry ? maxPoints(entry) : 0;
  };
  const sum = (ids: readonly string[], f: (id: string) => number) => ids.reduce((n, id) => n + f(id), 0);

  const title = t(score.title, locale);
  const total = sum([...entries.keys()], pointsOf);
  const isPercentage = score.method === "percentage";
  const max = isPercentage ? (score.maxPerItem ?? 0) * answeredIds.length : sum([...entries.keys()], maxOf);
  const percentage = isPercentage ? roundOne(max > 0 ? (total / max) * 100 : 0) : undefined;

  const subscales = score.subscales.map((sub) => ({
    id: sub.id,
    title: t(sub.title, locale),
    value: sum(sub.items, pointsOf),
    max: sum(sub.items, maxOf),
  }));

  const components: Record<string, number> = { total };
  if (percentage !== undefined) components.percentage = percentage;
  for (const sub of subscales) components[sub.id] = sub.value;

  const complete = answeredIds.length >= (score.minAnswered ?? entries.size);
  const bandLabel = complete ? findBand(score.bands, percentage ?? total) : undefined;
  const band = bandLabel && t(bandLabel, locale);
  const matched = complete ? score.classification.find((c) => matches(c.when, components)) : undefined;
  const classification = matched && t(matched.label, locale);

  const parts = isPercentage ? [`${title} ${total}/${max} = ${percentage}%`] : [`${title} total ${total}/${max}`];
  for (const sub of subscales) parts.push(`${sub.title} ${sub.value}/${sub.max}`);
  let working = parts.join(", ");
  if (!complete) working += ` (incomplete: ${answeredIds.length} of ${entries.size} questions answered, so no result)`;
  else if (answeredIds.length < entries.size) {
    working += ` (${answeredIds.length} of ${entries.size} questions answered)`;
  }
  const outcome = [...new Set([band, classification].filter((x): x is string => Boolean(x)))];
  if (outcome.length > 0) working += ` → ${outcome.join("; ")}`;

  return {
    id: score.id,
    title,
    method: score.method,
    total,
    max,
    ...(percentage !== undefined && { percentage }),
    answeredItems: answeredIds.length,
    subscales,
    complete,
    ...(band !== undefined && { band }),
    ...(classification !== undefined && { classification }),
    working,
  };
}

function points({ item, values }: ScoreEntry, answer: unknown): number {
  if (Array.isArray(answer)) return answer.reduce<number>((n, v) => n + (values?.[String(v)] ?? 0), 0);
  if (values) return values[String(answer)] ?? 0;
  return (item.type === "scale" || item.type === "number") && typeof answer === "number" ? answer : 0;
}

function maxPoints({ item, values }: ScoreEntry): number {
  if (values) {
    const scores = Object.values(values);
    // Several choices of a multi-choice question add up; any other question gives one answer.
    return item.type === "multi" ? scores.reduce((n, v) => n + Math.max(0, v), 0) : Math.max(0, ...scores);
  }
  return item.type === "scale" || item.type === "number" ? (item.max ?? 0) : 0;
}

/**
 * First band containing the value. Published bands are written in whole numbers (0–20, 21–40),
 * so a fractional percentage in the gap (20.5) belongs to the band just below it.
 */
function findBand(bands: ScoreDefinition["bands"], value: number): LocaleText | undefined {
  const inside = bands.find((b) => value >= b.min && value <= b.max);
  if (inside) return inside.label;
  const below = bands.filter((b) => b.max < value && value < b.max + 1).sort((a, b) => b.max - a.max)[0];
  return below?.label;
}

function matches(when: ScoreCondition, components: Readonly<Record<string, number>>): boolean {
  const test = (c: ScoreComparison): boolean => {
    const v = components[c.component];
    if (v === undefined) return false;
    switch (c.op) {
      case "equals":
        return v === c.value;
      case "gt":
        return v > c.value;
      case "gte":
        return v >= c.value;
      case "lt":
        return v < c.value;
      case "lte":
        return v <= c.value;
    }
  };
  return "all" in when ? when.all.every(test) : when.any.some(test);
}

function roundOne(x: number): number {
  return Math.round(x * 10) / 10;
}
