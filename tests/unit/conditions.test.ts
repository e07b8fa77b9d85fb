import { describe, expect, it } from "vitest";
import {
  evaluateCondition,
  isAnswered,
  pruneHiddenAnswers,
  visibleItemIds,
} from "../../lib/domain/question-set/conditions";
import type { Condition, Definition, DefinitionInput } from "../../lib/domain/question-set/definition-schema";
import { clinicDefinition } from "./fixtures/clinic-definition";
import { mustParse } from "./fixtures/parse";

const clinic = mustParse(clinicDefinition);
const answers = { sex: "female", fever: true, pain_now: 7, onset_activity: ["lift", "twist"], notes: "" };

describe("show-when conditions", () => {
  it.each<[string, Condition, boolean]>([
    ["equals on a choice", { item: "sex", op: "equals", value: "female" }, true],
    ["equals on a different choice", { item: "sex", op: "equals", value: "male" }, false],
    ["notEquals", { item: "sex", op: "notEquals", value: "male" }, true],
    ["equals true on yes/no", { item: "fever", op: "equals", value: true }, true],
    ["includes on a multiple choice", { item: "onset_activity", op: "includes", value: "twist" }, true],
    ["includes a choice not made", { item: "onset_activity", op: "includes", value: "sitting" }, false],
    ["includes on a single choice means equals", { item: "sex", op: "includes", value: "female" }, true],
    ["gte at the boundary", { item: "pain_now", op: "gte", value: 7 }, true],
    ["gt at the boundary", { item: "pain_now", op: "gt", value: 7 }, false],
    ["lte at the boundary", { item: "pain_now", op: "lte", value: 7 }, true],
    ["lt at the boundary", { item: "pain_now", op: "lt", value: 7 }, false],
    ["gt below the answer", { item: "pain_now", op: "gt", value: 6 }, true],
    ["gte above the answer", { item: "pain_now", op: "gte", value: 8 }, false],
    ["lt above the answer", { item: "pain_now", op: "lt", value: 8 }, true],
    ["lte below the answer", { item: "pain_now", op: "lte", value: 6 }, false],
    ["notEquals on the choice made", { item: "sex", op: "notEquals", value: "female" }, false],
    ["includes on a single choice not made", { item: "sex", op: "includes", value: "male" }, false],
    ["answered", { item: "pain_now", op: "answered" }, true],
    ["answered on blank text", { item: "notes", op: "answered" }, false],
    [
      "all of two true",
      {
        all: [
          { item: "fever", op: "equals", value: true },
          { item: "pain_now", op: "gte", value: 5 },
        ],
      },
      true,
    ],
    [
      "all with one false",
      {
        all: [
          { item: "fever", op: "equals", value: true },
          { item: "pain_now", op: "gte", value: 8 },
        ],
      },
      false,
    ],
    [
      "any with one true",
      {
        any: [
          { item: "fever", op: "equals", value: false },
          { item: "pain_now", op: "gte", value: 5 },
        ],
      },
      true,
    ],
    ["an empty all", { all: [] }, true],
    ["an empty any", { any: [] }, false],
    ["not of a false condition", { not: { item: "sex", op: "equals", value: "male" } }, true],
  ])("%s", (_, condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  it("treats a question with no answer as false, even for notEquals and lt", () => {
    expect(evaluateCondition({ item: "cancer_history", op: "equals", value: false }, answers)).toBe(false);
    expect(evaluateCondition({ item: "duration", op: "notEquals", value: "weeks_2_6" }, answers)).toBe(false);
    expect(evaluateCondition({ item: "pain_worst", op: "lt", value: 5 }, answers)).toBe(false);
  });

  it("lets not turn an unanswered question into true", () => {
    expect(evaluateCondition({ not: { item: "cancer_history", op: "equals", value: true } }, answers)).toBe(true);
  });

  // Answers reach conditions cleaned into numbers, but the live form sends text: "9" must not pass for a pain of 9.
  it.each(["gt", "gte", "lt", "lte"] as const)("compares only numbers with %s, never a number sent as text", (op) => {
    const threshold = op.startsWith("g") ? 7 : 3;
    const typed = op.startsWith("g") ? "9" : "1";
    expect(evaluateCondition({ item: "pain_now", op, value: threshold }, { pain_now: Number(typed) })).toBe(true);
    expect(evaluateCondition({ item: "pain_now", op, value: threshold }, { pain_now: typed })).toBe(false);
    // A threshold written as text (the format check refuses it) never matches either.
    const textThreshold = { item: "pain_now", op, value: String(threshold) } as unknown as Condition;
    expect(evaluateCondition(textThreshold, { pain_now: Number(typed) })).toBe(false);
  });

  it("does not mistake a question called constructor for an answer", () => {
    expect(evaluateCondition({ item: "constructor", op: "answered" }, {})).toBe(false);
  });

  it.each([
    [undefined, false],
    [null, false],
    ["", false],
    ["   ", false],
    [[], false],
    [Number.NaN, false],
    [false, true],
    [0, true],
    ["x", true],
    [["a"], true],
  ])("counts %j as answered: %s", (value, expected) => {
    expect(isAnswered(value)).toBe(expected);
  });
});

describe("which questions a patient sees", () => {
  it("asks about pregnancy only after the patient says female", () => {
    expect(visibleItemIds(clinic, { sex: "male" }).has("pregnant")).toBe(false);
    expect(visibleItemIds(clinic, { sex: "female" }).has("pregnant")).toBe(true);
  });

  it("hides a whole chain when the first question of it is hidden", () => {
    // pregnancy_weeks depends on pregnant, which depends on sex: a stale "pregnant: yes" must not keep it open.
    const visible = visibleItemIds(clinic, { sex: "male", pregnant: true });
    expect(visible.has("pregnant")).toBe(false);
    expect(visible.has("pregnancy_weeks")).toBe(false);
    expect(visibleItemIds(clinic, { sex: "female", pregnant: true }).has("pregnancy_weeks")).toBe(true);
  });

  const chained = (sections: DefinitionInput["sections"]) =>
    mustParse({ key: "chain", title: { en: "Chain" }, sections });
  const yesno = (id: string, enableWhen?: Condition) => ({
    id,
    type: "yesno" as const,
    text: { en: id },
    ...(enableWhen && { enableWhen }),
  });
  const yes = (item: string): Condition => ({ item, op: "equals", value: true });

  it("hides every question of a hidden section, and questions that depend on them", () => {
    const def = chained([
      { id: "first", title: { en: "First" }, items: [yesno("a")] },
      { id: "second", title: { en: "Second" }, enableWhen: yes("a"), items: [yesno("b"), yesno("c")] },
      { id: "third", title: { en: "Third" }, items: [yesno("d", yes("b"))] },
    ]);
    expect([...visibleItemIds(def, { a: false, b: true, c: true })].sort()).toEqual(["a"]);
    expect([...visibleItemIds(def, { a: true, b: true })].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("resolves a question that depends on a later question", () => {
    const def = chained([
      {
        id: "only",
        title: { en: "Only" },
        items: [yesno("early", yes("late")), yesno("late", yes("gate")), yesno("gate")],
      },
    ]);
    expect(visibleItemIds(def, { gate: true, late: true }).has("early")).toBe(true);
    expect(visibleItemIds(def, { gate: false, late: true }).has("early")).toBe(false);
  });

  // The 2-item loop of the review: "a" is shown when "b" is answered, "b" when "a" is not. The format check
  // refuses it, so only a definition that skipped the check can carry it; it must still give one answer.
  const looping = (extraItems: number): Definition => {
    const def = structuredClone(
      chained([
        { id: "loop", title: { en: "Loop" }, items: [yesno("a"), yesno("b")] },
        {
          id: "more",
          title: { en: "More" },
          items: Array.from({ length: extraItems + 1 }, (_, i) => yesno(`unrelated_${i}`)),
        },
      ]),
    );
    const [a, b] = def.sections[0]?.items ?? [];
    if (!a || !b) throw new Error("fixture");
    a.enableWhen = { item: "b", op: "answered" };
    b.enableWhen = { not: { item: "a", op: "answered" } };
    return def;
  };

  it("gives a looping pair of questions the same visibility however many other questions the set has", () => {
    const answersGiven = { a: true, b: true };
    const few = [...visibleItemIds(looping(0), answersGiven)].filter((id) => !id.startsWith("unrelated"));
    for (const extra of [1, 2, 3, 10]) {
      const more = [...visibleItemIds(looping(extra), answersGiven)].filter((id) => !id.startsWith("unrelated"));
      expect(more).toEqual(few);
    }
    // Deciding "a" asks about "b", whose condition asks about "a" again: that read sees "a" as hidden, so "b"
    // is shown, and then so is "a".
    expect(few).toEqual(["a", "b"]);
  });

  it("decides a long chain written in reverse order without running out of passes", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `q${i}`);
    // q0 depends on q1, q1 on q2 … q29 is asked outright: the worst order for a pass-by-pass resolver.
    const def = chained([
      {
        id: "chain",
        title: { en: "Chain" },
        items: ids.map((id, i) => yesno(id, ids[i + 1] ? yes(ids[i + 1] ?? "") : undefined)),
      },
    ]);
    const all = Object.fromEntries(ids.map((id) => [id, true]));
    expect(visibleItemIds(def, all).size).toBe(30);
    expect([...visibleItemIds(def, { ...all, q29: false })]).toEqual(["q29"]);
  });

  it("drops answers to hidden and unknown questions, and to display text, before anything is stored", () => {
    const kept = pruneHiddenAnswers(clinic, {
      sex: "male",
      pregnant: true,
      pregnancy_weeks: 12,
      fever: false,
      stray: 1,
      pain_intro: "read",
    });
    // Keys too, not just values: an unanswered question must not be stored as an empty entry.
    expect(Object.entries(kept)).toEqual([
      ["sex", "male"],
      ["fever", false],
    ]);
  });

  it("reads a condition on a question the set does not have as unanswered", () => {
    // Only a definition that skipped the format check can name a missing question; it must not break the form.
    const def = structuredClone(chained([{ id: "only", title: { en: "Only" }, items: [yesno("a"), yesno("b")] }]));
    const b = def.sections[0]?.items[1];
    if (!b) throw new Error("fixture");
    b.enableWhen = { item: "ghost", op: "answered" };
    expect([...visibleItemIds(def, { a: true, b: true, ghost: true })]).toEqual(["a"]);
  });

  it("decides a question listed twice (the format check refuses it) by its first place", () => {
    const def = structuredClone(
      chained([
        { id: "first", title: { en: "First" }, items: [yesno("gate"), yesno("twice", yes("gate"))] },
        { id: "second", title: { en: "Second" }, items: [yesno("other")] },
      ]),
    );
    def.sections[1]?.items.push({ ...yesno("twice"), required: false });
    expect(visibleItemIds(def, { gate: false }).has("twice")).toBe(false);
    expect(visibleItemIds(def, { gate: true }).has("twice")).toBe(true);
  });
});
