/**
 * What publishing a draft changes, in words a clinical lead can review: every changed text with its wording
 * before and after, and every question, option, condition, rule and score added, removed or changed, named by
 * its wording rather than its id. The publish confirmation and the draft's change panel both show this.
 */
import type {
  Condition,
  Definition,
  Item,
  LocaleText,
  RedFlagRule,
  ScoreDefinition,
  Section,
} from "../definition-schema";
import { t } from "../text";
import { OP_LABELS, findConditionTarget } from "./conditions";
import { describeComputedValue } from "./computed";
import { deepEqual } from "./diff";
import { ITEM_TYPE_LABELS } from "./items";

export type ReviewEntry =
  | { kind: "reworded"; subject: string; field: string; before: string; after: string }
  | { kind: "added" | "removed" | "changed"; subject: string; detail?: string };

export type Review = { entries: ReviewEntry[]; redFlagRuleCount: number };

const quote = (text: string) => `“${text}”`;
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** "Question “How bad is your pain now?” in “Your pain”": how every message names a question. */
export function questionName(item: Item, section?: Section): string {
  const name = `Question ${quote(clip(t(item.text)))}`;
  return section ? `${name} in ${quote(t(section.title))}` : name;
}

/** A condition in words, naming each question by its wording: "“Fever?” is Yes and “Age” is at least 50". */
export function describeCondition(condition: Condition, definition: Definition): string {
  const items = new Map(definition.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  // A computed value (the age from the date of birth) is named by its title, as a question by its wording.
  for (const computed of definition.computed ?? []) {
    const target = findConditionTarget(definition, computed.id);
    if (target && !items.has(computed.id)) items.set(computed.id, target);
  }
  const words = (c: Condition, nested: boolean): string => {
    if ("all" in c || "any" in c) {
      const parts = ("all" in c ? c.all : c.any).map((x) => words(x, true));
      const joined = parts.join("all" in c ? " and " : " or ");
      return nested && parts.length > 1 ? `(${joined})` : joined;
    }
    if ("not" in c) return `not ${words(c.not, true)}`;
    const item = items.get(c.item);
    const name = item ? quote(clip(t(item.text), 50)) : quote(c.item);
    if (c.op === "answered") return `${name} ${OP_LABELS.answered}`;
    return `${name} ${OP_LABELS[c.op]} ${valueWords(item, c.value)}`;
  };
  return words(condition, false);
}

function valueWords(item: Item | undefined, value: string | number | boolean | undefined): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (item && "options" in item) {
    const option = item.options.find((o) => o.value === value);
    if (option) return quote(t(option.label));
  }
  return String(value);
}

const ITEM_TEXTS = [
  ["text", "Wording"],
  ["help", "Help text"],
  ["minLabel", "Label at the low end"],
  ["maxLabel", "Label at the high end"],
  ["unit", "Unit"],
] as const;
const ITEM_HANDLED = new Set(["id", "type", "options", "enableWhen", "required", ...ITEM_TEXTS.map(([k]) => k)]);
const SETTING_NAMES: Record<string, string> = {
  min: "lowest value",
  max: "highest value",
  integer: "whole numbers only",
  causes: "linked causes",
  causeThreshold: "cause threshold",
  exclusiveValues: "“none of these” options",
  multiline: "answer box size",
  maxLength: "answer length",
  format: "answer format",
  notInFuture: "date limits",
  notBefore: "date limits",
};

function textOf(value: unknown): string | undefined {
  return value && typeof value === "object" && "en" in value ? t(value as LocaleText) : undefined;
}

/** Pushes a "reworded" entry when a text differs (added or removed texts count as reworded from/to nothing). */
function reword(entries: ReviewEntry[], subject: string, field: string, before: unknown, after: unknown) {
  const b = textOf(before) ?? "";
  const a = textOf(after) ?? "";
  if (b !== a) entries.push({ kind: "reworded", subject, field, before: b, after: a });
}

function conditionChange(
  entries: ReviewEntry[],
  subject: string,
  before: Condition | undefined,
  after: Condition | undefined,
  def: { old: Definition; now: Definition },
) {
  if (deepEqual(before, after)) return;
  if (!after) entries.push({ kind: "changed", subject, detail: "is now always shown (its condition was removed)" });
  else if (!before)
    entries.push({ kind: "changed", subject, detail: `is now shown only when ${describeCondition(after, def.now)}` });
  else
    entries.push({
      kind: "changed",
      subject,
      detail: `was shown when ${describeCondition(before, def.old)}; now when ${describeCondition(after, def.now)}`,
    });
}

function reviewItem(
  entries: ReviewEntry[],
  before: Item,
  after: Item,
  section: Section,
  def: { old: Definition; now: Definition },
) {
  const subject = questionName(after, section);
  for (const [key, field] of ITEM_TEXTS) {
    reword(entries, subject, field, (before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]);
  }
  if (before.type !== after.type) {
    entries.push({
      kind: "changed",
      subject,
      detail: `is now a ${ITEM_TYPE_LABELS[after.type]} question (was ${ITEM_TYPE_LABELS[before.type]})`,
    });
  }
  const required = (i: Item) => "required" in i && i.required;
  if (required(before) !== required(after))
    entries.push({ kind: "changed", subject, detail: required(after) ? "must now be answered" : "may now be skipped" });
  conditionChange(entries, subject, before.enableWhen, after.enableWhen, def);
  const oldOptions = "options" in before ? before.options : [];
  const newOptions = "options" in after ? after.options : [];
  const oldByValue = new Map(oldOptions.map((o) => [o.value, o]));
  const newByValue = new Map(newOptions.map((o) => [o.value, o]));
  for (const option of newOptions) {
    const old = oldByValue.get(option.value);
    if (!old) entries.push({ kind: "added", subject: `Option ${quote(t(option.label))} of ${subject}` });
    else reword(entries, `Option of ${subject}`, "Option label", old.label, option.label);
  }
  for (const option of oldOptions) {
    if (!newByValue.has(option.value))
      entries.push({ kind: "removed", subject: `Option ${quote(t(option.label))} of ${subject}` });
  }
  const kept = oldOptions.filter((o) => newByValue.has(o.value)).map((o) => o.value);
  const order = newOptions.filter((o) => oldByValue.has(o.value)).map((o) => o.value);
  if (!deepEqual(kept, order)) entries.push({ kind: "changed", subject, detail: "shows its options in a new order" });
  const settings = new Set<string>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ITEM_HANDLED.has(key)) continue;
    if (!deepEqual((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]))
      settings.add(SETTING_NAMES[key] ?? key);
  }
  if (settings.size)
    entries.push({ kind: "changed", subject, detail: `settings changed: ${[...settings].join(", ")}` });
}

function reviewRule(
  entries: ReviewEntry[],
  before: RedFlagRule,
  after: RedFlagRule,
  def: { old: Definition; now: Definition },
) {
  const subject = `Red-flag rule ${quote(t(after.title))}`;
  reword(entries, subject, "Title", before.title, after.title);
  reword(entries, subject, "What clinicians read", before.clinicianText, after.clinicianText);
  reword(entries, subject, "What the patient is told", before.patientText, after.patientText);
  if (before.citation !== after.citation)
    entries.push({ kind: "reworded", subject, field: "Citation", before: before.citation, after: after.citation });
  if (before.severity !== after.severity)
    entries.push({
      kind: "changed",
      subject,
      detail: `is now ${after.severity.toLowerCase()} (was ${before.severity.toLowerCase()})`,
    });
  if (!deepEqual(before.when, after.when))
    entries.push({
      kind: "changed",
      subject,
      detail: `was raised when ${describeCondition(before.when, def.old)}; now when ${describeCondition(after.when, def.now)}`,
    });
}

function reviewScore(
  entries: ReviewEntry[],
  before: ScoreDefinition,
  after: ScoreDefinition,
  def: { old: Definition; now: Definition },
) {
  const subject = `Score ${quote(t(after.title))}`;
  reword(entries, subject, "Title", before.title, after.title);
  const name = (d: Definition, id: string) => {
    const item = d.sections.flatMap((s) => s.items).find((i) => i.id === id);
    return item ? quote(clip(t(item.text), 50)) : quote(id);
  };
  const oldItems = new Set(before.items.map((i) => i.item));
  const newItems = new Set(after.items.map((i) => i.item));
  for (const id of newItems)
    if (!oldItems.has(id)) entries.push({ kind: "added", subject: `${name(def.now, id)} to ${subject}` });
  for (const id of oldItems)
    if (!newItems.has(id)) entries.push({ kind: "removed", subject: `${name(def.old, id)} from ${subject}` });
  before.bands.forEach((band, i) => {
    const next = after.bands[i];
    if (next) reword(entries, subject, `Label of band ${next.min}–${next.max}`, band.label, next.label);
  });
  // Everything but the texts reviewed above: points, method, subscales, band limits, classification.
  const scoring = (s: ScoreDefinition) => ({ ...s, title: null, bands: s.bands.map((b) => [b.min, b.max]) });
  if (!deepEqual(scoring(before), scoring(after)))
    entries.push({ kind: "changed", subject, detail: "counts points, bands or classification differently" });
}

/** The review of everything `draft` changes compared with `published` (what patients see now). */
/** Computed values (an age from a date question) added, removed, retitled or worked out from another question. */
function reviewComputed(entries: ReviewEntry[], published: Definition, draft: Definition) {
  const subject = (title: LocaleText) => `Computed value ${quote(t(title))}`;
  const wording = (d: Definition, id: string) => {
    const item = d.sections.flatMap((s) => s.items).find((i) => i.id === id);
    return quote(item ? clip(t(item.text), 50) : id);
  };
  const old = new Map((published.computed ?? []).map((c) => [c.id, c]));
  for (const value of draft.computed ?? []) {
    const before = old.get(value.id);
    if (!before) {
      entries.push({ kind: "added", subject: subject(value.title), detail: describeComputedValue(draft, value) });
      continue;
    }
    reword(entries, subject(value.title), "Title", before.title, value.title);
    if (before.from !== value.from)
      entries.push({
        kind: "changed",
        subject: subject(value.title),
        detail: `now worked out from ${wording(draft, value.from)} instead of ${wording(published, before.from)}`,
      });
  }
  for (const value of published.computed ?? []) {
    if (!draft.computed?.some((c) => c.id === value.id))
      entries.push({ kind: "removed", subject: subject(value.title) });
  }
}

export function reviewChanges(published: Definition, draft: Definition): Review {
  const entries: ReviewEntry[] = [];
  const def = { old: published, now: draft };
  reword(entries, "The question set", "Title", published.title, draft.title);
  reword(entries, "The question set", "Description", published.description, draft.description);

  const oldSections = new Map(published.sections.map((s) => [s.id, s]));
  const newSections = new Map(draft.sections.map((s) => [s.id, s]));
  for (const section of draft.sections) {
    const old = oldSections.get(section.id);
    const subject = `Section ${quote(t(section.title))}`;
    if (!old) {
      entries.push({ kind: "added", subject, detail: `with ${section.items.length} question(s)` });
      continue;
    }
    reword(entries, subject, "Title", old.title, section.title);
    reword(entries, subject, "Description", old.description, section.description);
    conditionChange(entries, subject, old.enableWhen, section.enableWhen, def);
  }
  for (const section of published.sections) {
    if (!newSections.has(section.id)) entries.push({ kind: "removed", subject: `Section ${quote(t(section.title))}` });
  }

  const place = (d: Definition) =>
    new Map(d.sections.flatMap((s) => s.items.map((item) => [item.id, { item, section: s }] as const)));
  const oldItems = place(published);
  const newItems = place(draft);
  for (const [id, { item, section }] of newItems) {
    const old = oldItems.get(id);
    if (!old) {
      entries.push({ kind: "added", subject: questionName(item, section), detail: `(${ITEM_TYPE_LABELS[item.type]})` });
      continue;
    }
    reviewItem(entries, old.item, item, section, def);
    if (old.section.id !== section.id)
      entries.push({
        kind: "changed",
        subject: questionName(item, section),
        detail: `moved here from ${quote(t(old.section.title))}`,
      });
  }
  for (const section of draft.sections) {
    const old = oldSections.get(section.id);
    if (!old) continue;
    const ids = new Set(section.items.map((i) => i.id));
    const kept = old.items.map((i) => i.id).filter((id) => ids.has(id));
    const oldIds = new Set(kept);
    if (
      !deepEqual(
        kept,
        section.items.map((i) => i.id).filter((id) => oldIds.has(id)),
      )
    )
      entries.push({
        kind: "changed",
        subject: `Section ${quote(t(section.title))}`,
        detail: "asks its questions in a new order",
      });
  }
  for (const [id, { item, section }] of oldItems) {
    if (!newItems.has(id)) entries.push({ kind: "removed", subject: questionName(item, section) });
  }

  const oldRules = new Map(published.redFlagRules.map((r) => [r.id, r]));
  for (const rule of draft.redFlagRules) {
    const old = oldRules.get(rule.id);
    if (!old)
      entries.push({
        kind: "added",
        subject: `Red-flag rule ${quote(t(rule.title))}`,
        detail: `raised when ${describeCondition(rule.when, draft)}`,
      });
    else reviewRule(entries, old, rule, def);
  }
  for (const rule of published.redFlagRules) {
    if (!draft.redFlagRules.some((r) => r.id === rule.id))
      entries.push({ kind: "removed", subject: `Red-flag rule ${quote(t(rule.title))}` });
  }

  const oldScores = new Map(published.scores.map((s) => [s.id, s]));
  for (const score of draft.scores) {
    const old = oldScores.get(score.id);
    if (!old) entries.push({ kind: "added", subject: `Score ${quote(t(score.title))}` });
    else reviewScore(entries, old, score, def);
  }
  for (const score of published.scores) {
    if (!draft.scores.some((s) => s.id === score.id))
      entries.push({ kind: "removed", subject: `Score ${quote(t(score.title))}` });
  }
  reviewComputed(entries, published, draft);
  if (!deepEqual(published.constraints, draft.constraints))
    entries.push({ kind: "changed", subject: "The rules about which questions must be answered together" });

  return { entries, redFlagRuleCount: draft.redFlagRules.length };
}
