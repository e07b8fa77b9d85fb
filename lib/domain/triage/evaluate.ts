/**
 * Triage of one set of answers: red flags, level, scores, likely causes and summary. Pure and
 * deterministic, so the live warning in the form and the stored result always agree. The result
 * is a self-contained snapshot (strings resolved to one locale) because it is stored as JSON.
 */
import { CAUSES } from "../causes/catalog";
import { rankCauses } from "../causes/rank-causes";
import type { Answers } from "../question-set/answer-schema";
import { answerOf, evaluateCondition, evaluateLeaf, isAnswered } from "../question-set/conditions";
import type { Condition, Definition, Item, Severity } from "../question-set/definition-schema";
import { t } from "../question-set/text";
import { computeScores } from "../scoring/compute-scores";
import type { ScoreResult } from "../scoring/compute-scores";
import { formatAnswer } from "../summary/answer-list";
import { clinicianSummary } from "../summary/clinician-summary";
import { firedRules } from "./fired-rules";
import { TRIAGE_LEVELS, type TriageLevel } from "./levels";

export { TRIAGE_LEVELS, type TriageLevel };

export type AnswerEvidence = { itemId: string; question: string; answer: string };

export type FiredFlag = {
  ruleId: string;
  severity: Severity;
  title: string;
  clinicianText: string;
  patientText: string;
  citation: string;
  /** The answers that made the rule's condition true. */
  firedBy: AnswerEvidence[];
};

export type LikelyCause = {
  id: string;
  name: string;
  /** One point per answered option or question that points at the cause. */
  weight: number;
  because: AnswerEvidence[];
  education: string;
};

export type TriageResult = {
  level: TriageLevel;
  flags: FiredFlag[];
  scores: ScoreResult[];
  causes: LikelyCause[];
  summary: string;
};

export type EvaluateOptions = {
  locale?: string;
  /** YYYY-MM-DD, for the age in the summary; defaults to the current UTC date. */
  today?: string;
};

export function evaluate(
  definition: Definition,
  answers: Readonly<Record<string, unknown>>,
  options: EvaluateOptions = {},
): TriageResult {
  // Stryker disable next-line StringLiteral: t() reads an unknown locale ("") as English, so "" and "en" agree
  const locale = options.locale ?? "en";
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { answers: clean, rules } = firedRules(definition, answers, today);
  const items = new Map(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const evidence = (itemId: string): AnswerEvidence[] => {
    const item = items.get(itemId);
    const value = answerOf(clean, itemId);
    return item && value !== undefined
      ? [{ itemId, question: t(item.text, locale), answer: formatAnswer(item, value, locale) }]
      : [];
  };

  const fired = rules.map((rule): FiredFlag => ({
    ruleId: rule.id,
    severity: rule.severity,
    title: t(rule.title, locale),
    clinicianText: t(rule.clinicianText, locale),
    patientText: t(rule.patientText, locale),
    citation: rule.citation,
    firedBy: contributingItems(rule.when, clean).flatMap(evidence),
  }));
  const flags = [...fired.filter((f) => f.severity === "EMERGENT"), ...fired.filter((f) => f.severity !== "EMERGENT")];
  const level: TriageLevel = flags[0]?.severity ?? "ROUTINE";

  const withoutSummary = {
    level,
    flags,
    scores: computeScores(definition, clean, locale),
    causes: likelyCauses(definition, clean, locale),
  };
  return { ...withoutSummary, summary: clinicianSummary(definition, clean, withoutSummary, { ...options, today }) };
}

/**
 * Answered questions whose leaves made the condition come out the way it did. Under `not` the
 * roles swap: a false leaf is what made the negation true.
 */
function contributingItems(cond: Condition, answers: Answers): string[] {
  // Stryker disable next-line ArrayDeclaration: evidence() drops an id the set has no question for
  const found: string[] = [];
  const walk = (c: Condition, wanted: boolean): void => {
    if ("not" in c) return walk(c.not, !wanted);
    if ("all" in c || "any" in c) {
      const children = "all" in c ? c.all : c.any;
      return children
        .filter((child) => evaluateCondition(child, answers) === wanted)
        .forEach((child) => walk(child, wanted));
    }
    const value = answerOf(answers, c.item);
    if (isAnswered(value) && evaluateLeaf(c, value) === wanted && !found.includes(c.item)) found.push(c.item);
  };
  walk(cond, true);
  return found;
}

function likelyCauses(definition: Definition, answers: Answers, locale: string): LikelyCause[] {
  const tally = new Map<string, { weight: number; because: AnswerEvidence[] }>();
  for (const section of definition.sections) {
    for (const item of section.items) {
      const value = answerOf(answers, item.id);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: causePointers finds no cause in an unanswered question, and display items never hold an answer
      if (value === undefined || item.type === "display") continue;
      const pointers = causePointers(item, value, locale);
      for (const [cause, { count, answer }] of pointers) {
        const entry = tally.get(cause) ?? { weight: 0, because: [] };
        entry.weight += count;
        entry.because.push({
          itemId: item.id,
          question: t(item.text, locale),
          answer: answer ?? formatAnswer(item, value, locale),
        });
        tally.set(cause, entry);
      }
    }
  }
  // CAUSES is in CAUSE_IDS order (default-question-set.test pins it), and rankCauses keeps that order for ties.
  const found = CAUSES.flatMap((cause): LikelyCause[] => {
    const entry = tally.get(cause.id);
    return entry
      ? [{ id: cause.id, name: cause.name, weight: entry.weight, because: entry.because, education: cause.education }]
      : [];
  });
  return rankCauses(found);
}

/**
 * Causes one answer points at, with how many pointers (question + options) each got. For
 * choice questions `answer` names only the chosen options that point at the cause.
 */
function causePointers(item: Exclude<Item, { type: "display" }>, value: Answers[string], locale: string) {
  const pointers = new Map<string, { count: number; labels: string[] }>();
  const add = (causes: readonly string[] | undefined, label?: string) =>
    causes?.forEach((cause) => {
      const p = pointers.get(cause) ?? { count: 0, labels: [] };
      p.count += 1;
      if (label !== undefined) p.labels.push(label);
      pointers.set(cause, p);
    });

  const itemCounts =
    item.type === "yesno"
      ? value === true
      : item.type === "scale"
        ? // A scale that points at causes always has a threshold (cross-references.ts); without one nothing counts.
          typeof value === "number" && value >= (item.causeThreshold ?? Number.POSITIVE_INFINITY)
        : isAnswered(value);
  if (itemCounts) add(item.causes);
  if (item.type === "single" || item.type === "multi") {
    const chosen = Array.isArray(value) ? value : [value];
    for (const option of item.options) if (chosen.includes(option.value)) add(option.causes, t(option.label, locale));
  }
  return new Map(
    [...pointers].map(([cause, p]) => [
      cause,
      { count: p.count, answer: p.labels.length === p.count ? p.labels.join(", ") : undefined },
    ]),
  );
}
