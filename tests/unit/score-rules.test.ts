import { describe, expect, it } from "vitest";
import type { DefinitionInput } from "../../lib/domain/question-set/definition-schema";
import { computeScores } from "../../lib/domain/scoring/compute-scores";
import { breakable, mustParse } from "./fixtures/parse";

// Scoring rules the two published instruments (STarT Back, Oswestry) do not reach: multiple-choice points,
// negative points, open-ended numbers, every comparison of a classification, and totals outside every band.

const en = (text: string) => ({ en: text });
type Score = NonNullable<DefinitionInput["scores"]>[number];

const items = [
  {
    id: "triggers",
    type: "multi" as const,
    text: en("What sets the spasm off?"),
    options: [
      { value: "cold", label: en("Cold") },
      { value: "stress", label: en("Stress") },
      { value: "lifting", label: en("Lifting") },
      { value: "none", label: en("Nothing") },
    ],
  },
  {
    id: "mood",
    type: "single" as const,
    text: en("How is your mood?"),
    options: [
      { value: "good", label: en("Good") },
      { value: "low", label: en("Low") },
      { value: "unset", label: en("Rather not say") },
    ],
  },
  { id: "sleep", type: "yesno" as const, text: en("Does pain wake you?") },
  { id: "spasms", type: "number" as const, text: en("Spasms this week"), min: 0, max: 20 },
  { id: "hours", type: "number" as const, text: en("Hours of pain a day"), min: 0, max: 24 },
  { id: "stiffness", type: "scale" as const, text: en("Stiffness"), minLabel: en("None"), maxLabel: en("Worst") },
  { id: "notes", type: "text" as const, text: en("Notes") },
];

function scoreWith(score: Partial<Score>) {
  return mustParse({
    key: "score-rules",
    title: en("Score rules"),
    sections: [{ id: "s", title: en("S"), items }],
    scores: [{ id: "probe", title: en("Probe"), method: "sum", items: [], ...score }],
  });
}
const only = (def: ReturnType<typeof scoreWith>, answers: Record<string, unknown>) => {
  const [score] = computeScores(def, answers);
  if (!score) throw new Error("no score");
  return score;
};

describe("points of each kind of answer", () => {
  const triggers = scoreWith({
    items: [
      { item: "triggers", values: { cold: 1, stress: 2, lifting: 3, none: -1 } },
      { item: "mood", values: { good: 0, low: 2, unset: -5 } },
      { item: "sleep", values: { true: 4, false: 0 } },
    ],
  });

  it("adds up every choice ticked in a multiple-choice question", () => {
    expect(only(triggers, { triggers: ["cold", "lifting"], mood: "low", sleep: true })).toMatchObject({
      total: 1 + 3 + 2 + 4,
      // The most: every positive choice of the multiple choice (1+2+3), the best single choice (2), and yes (4).
      max: 6 + 2 + 4,
    });
  });

  it("scores a choice without points, and a 'no', as nothing", () => {
    const def = scoreWith({
      items: [
        { item: "triggers", values: { cold: 1 } },
        { item: "sleep", values: { true: 4 } },
      ],
    });
    expect(only(def, { triggers: ["stress", "cold"], sleep: false })).toMatchObject({ total: 1, max: 5 });
  });

  it("takes negative points off the total but never counts them towards the most", () => {
    expect(only(triggers, { triggers: ["none"], mood: "unset", sleep: false })).toMatchObject({ total: -6, max: 12 });
  });

  it("counts a number or a scale answer as its own points, up to the question's top", () => {
    const def = scoreWith({ items: [{ item: "hours" }, { item: "stiffness" }] });
    expect(only(def, { hours: 5, stiffness: 7 })).toMatchObject({ total: 12, max: 34 });
  });

  it("gives text no points (the format check refuses text in a score)", () => {
    const def = breakable(scoreWith({ items: [{ item: "spasms" }] }));
    def.scores[0].items.push({ item: "notes" });
    expect(only(def, { spasms: 9, notes: "often" })).toMatchObject({ total: 9, max: 20, answeredItems: 2 });
  });

  it("counts an empty number box as unanswered, not as points", () => {
    const def = scoreWith({ items: [{ item: "hours" }, { item: "stiffness" }], minAnswered: 1 });
    const score = only(def, { hours: Number.NaN, stiffness: 3 });
    expect(score).toMatchObject({ total: 3, answeredItems: 1 });
  });

  it("counts a number typed into a text question as nothing (the format check refuses text in a score)", () => {
    const def = breakable(scoreWith({ items: [{ item: "spasms" }] }));
    def.scores[0].items.push({ item: "notes" });
    expect(only(def, { spasms: 9, notes: 4 })).toMatchObject({ total: 9 });
  });

  it("counts a number question's answer that is not a number (an unchecked old draft) as nothing", () => {
    const def = scoreWith({ items: [{ item: "spasms" }, { item: "stiffness" }] });
    const score = only(def, { spasms: "7", stiffness: 2 });
    expect(score.total).toBe(2);
  });

  it("counts a multiple choice without points as nothing instead of failing (the format check asks for points)", () => {
    const def = breakable(scoreWith({ items: [{ item: "spasms" }] }));
    def.scores[0].items.push({ item: "triggers" });
    expect(only(def, { spasms: 3, triggers: ["cold", "stress"] })).toMatchObject({ total: 3, answeredItems: 2 });
  });

  it("skips a question the score names that the set does not have (the format check refuses it)", () => {
    const def = breakable(scoreWith({ items: [{ item: "stiffness" }] }));
    def.scores[0].items.push({ item: "ghost" });
    expect(only(def, { stiffness: 3, ghost: 5 })).toMatchObject({ total: 3, max: 10, answeredItems: 1 });
  });
});

describe("bands of a total", () => {
  const banded = scoreWith({
    items: [{ item: "spasms" }],
    minAnswered: 1,
    bands: [
      { min: 0, max: 3, label: en("Few") },
      { min: 4, max: 10, label: en("Many") },
    ],
  });

  it("gives no band to a total above every band, instead of the top one", () => {
    expect(only(banded, { spasms: 10 }).band).toBe("Many");
    expect(only(banded, { spasms: 11 })).not.toHaveProperty("band");
    expect(only(banded, { spasms: 11 }).working).toBe("Probe total 11/20");
  });

  it("gives no band to a total below every band", () => {
    const def = scoreWith({
      items: [{ item: "triggers", values: { none: -1, cold: 1 } }],
      bands: [{ min: 0, max: 3, label: en("Few") }],
    });
    expect(only(def, { triggers: ["none"] })).not.toHaveProperty("band");
    expect(only(def, { triggers: ["cold"] }).band).toBe("Few");
  });

  it("puts a fraction just past two bands in the nearer one", () => {
    const def = scoreWith({
      items: [{ item: "hours" }],
      method: "percentage",
      maxPerItem: 24,
      bands: [
        { min: 0, max: 50, label: en("Up to half") },
        { min: 50.1, max: 50.2, label: en("Just over half") },
        { min: 51, max: 100, label: en("Most") },
      ],
    });
    // 12.1 of 24 hours is 50.4 %: in no band, just past both 50 and 50.2; the nearer is the second.
    expect(only(def, { hours: 12.1 })).toMatchObject({ percentage: 50.4, band: "Just over half" });
  });
});

describe("classification of a score", () => {
  const classed = (op: "equals" | "gt" | "gte" | "lt" | "lte", value: number) =>
    scoreWith({
      items: [{ item: "stiffness" }],
      classification: [
        { when: { all: [{ component: "total", op, value }] }, label: en("Matched") },
        { when: { all: [] }, label: en("Otherwise") },
      ],
    });

  it.each<["equals" | "gt" | "gte" | "lt" | "lte", number, string]>([
    ["equals", 5, "Matched"],
    ["equals", 4, "Otherwise"],
    ["gt", 4, "Matched"],
    ["gt", 5, "Otherwise"],
    ["gte", 5, "Matched"],
    ["gte", 6, "Otherwise"],
    ["lt", 6, "Matched"],
    ["lt", 5, "Otherwise"],
    ["lte", 5, "Matched"],
    ["lte", 4, "Otherwise"],
  ])("classes a total of 5 against '%s %i' as %s", (op, value, label) => {
    expect(only(classed(op, value), { stiffness: 5 }).classification).toBe(label);
  });

  it("classes by any of several comparisons when the rule says any", () => {
    const def = scoreWith({
      items: [{ item: "stiffness" }],
      classification: [
        {
          when: {
            any: [
              { component: "total", op: "gte", value: 8 },
              { component: "total", op: "lte", value: 1 },
            ],
          },
          label: en("Extreme"),
        },
      ],
    });
    expect(only(def, { stiffness: 9 }).classification).toBe("Extreme");
    expect(only(def, { stiffness: 0 }).classification).toBe("Extreme");
    expect(only(def, { stiffness: 5 })).not.toHaveProperty("classification");
  });

  it("gives a sum score no percentage at all, so the summary never prints one", () => {
    const def = scoreWith({ items: [{ item: "stiffness" }] });
    expect(only(def, { stiffness: 4 })).not.toHaveProperty("percentage");
  });

  it("never classes a sum score by a percentage it does not have (the format check refuses the rule)", () => {
    const def = breakable(scoreWith({ items: [{ item: "stiffness" }] }));
    def.scores[0].classification.push({
      when: { all: [{ component: "percentage", op: "gte", value: 0 }] },
      label: en("Any percentage"),
    });
    expect(only(def, { stiffness: 4 })).not.toHaveProperty("classification");
  });

  it("shows a percentage score without a most per question as 0 %, not as 'NaN' (the format check asks for it)", () => {
    const def = breakable(scoreWith({ items: [{ item: "hours" }], method: "percentage", maxPerItem: 24 }));
    delete def.scores[0].maxPerItem;
    expect(only(def, { hours: 12 })).toMatchObject({ max: 0, percentage: 0 });
  });

  it("classes a percentage score by its percentage", () => {
    const def = scoreWith({
      items: [{ item: "hours" }],
      method: "percentage",
      maxPerItem: 24,
      classification: [{ when: { all: [{ component: "percentage", op: "gte", value: 50 }] }, label: en("Half") }],
    });
    expect(only(def, { hours: 12 })).toMatchObject({ percentage: 50, classification: "Half" });
    expect(only(def, { hours: 11 })).not.toHaveProperty("classification");
  });

  it("names a result once when its band and its class say the same", () => {
    const def = scoreWith({
      items: [{ item: "stiffness" }],
      bands: [{ min: 0, max: 10, label: en("Mild") }],
      classification: [{ when: { all: [] }, label: en("Mild") }],
    });
    expect(only(def, { stiffness: 2 }).working).toBe("Probe total 2/10 → Mild");
  });

  it("shows band and class side by side when they differ", () => {
    const def = scoreWith({
      items: [{ item: "stiffness" }],
      bands: [{ min: 0, max: 10, label: en("Mild") }],
      classification: [{ when: { all: [] }, label: en("Watch") }],
    });
    expect(only(def, { stiffness: 2 })).toMatchObject({
      band: "Mild",
      classification: "Watch",
      working: "Probe total 2/10 → Mild; Watch",
    });
  });
});
