import { describe, expect, it } from "vitest";
import { evidenceLine, rankCauses } from "../../lib/domain/causes/rank-causes";
import { evaluate } from "../../lib/domain/triage";
import { ROUTINE_ANSWERS } from "../fixtures/default-answers";
import { defaultSet } from "./fixtures/default-set";

describe("likely causes that read true", () => {
  it("names the question behind each answer, so 'Yes' to leg pain is not read as 'Yes' to a known disc problem", () => {
    const result = evaluate(defaultSet(), { ...ROUTINE_ANSWERS, disc_problem: false, leg_nerve: true });
    const disc = result.causes.find((c) => c.because.some((b) => b.itemId === "leg_nerve"));
    expect(disc).toBeDefined();
    const lines = disc!.because.map(evidenceLine);
    expect(lines).toContainEqual(expect.stringMatching(/^Do you get shooting pain.* — Yes$/));
    expect(disc!.because.map((b) => b.itemId)).not.toContain("disc_problem");
    for (const cause of result.causes) {
      for (const b of cause.because) expect(b.question.length).toBeGreaterThan(0);
    }
  });

  it("ranks causes by how many answers support them, then by weight", () => {
    const ev = (itemId: string) => ({ itemId, question: itemId, answer: "Yes" });
    const ranked = rankCauses([
      { id: "one-answer-heavy", weight: 3, because: [ev("a")] },
      { id: "two-answers", weight: 2, because: [ev("b"), ev("c")] },
      { id: "one-answer-light", weight: 1, because: [ev("d")] },
    ]);
    expect(ranked.map((c) => c.id)).toEqual(["two-answers", "one-answer-heavy", "one-answer-light"]);
  });

  it("stores causes in that order in the triage result", () => {
    const result = evaluate(defaultSet(), { ...ROUTINE_ANSWERS, leg_nerve: true, repetitive: true });
    const support = result.causes.map((c) => new Set(c.because.map((b) => b.itemId)).size);
    expect(support).toEqual([...support].sort((a, b) => b - a));
  });
});
