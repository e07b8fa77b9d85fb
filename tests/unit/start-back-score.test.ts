import { describe, expect, it } from "vitest";
import { computeScores } from "../../lib/domain/scoring/compute-scores";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { mustParse } from "./fixtures/parse";
import { startBackDefinition } from "./fixtures/start-back";

const def = mustParse(startBackDefinition);

/** Agrees with the listed items 1–8 (disagrees with the rest) and gives item 9. */
function startBack(agree: number[], bothersome = "not_at_all") {
  const answers: Record<string, unknown> = { sb9: bothersome };
  for (let n = 1; n <= 8; n++) answers[`sb${n}`] = agree.includes(n);
  const [score] = computeScores(def, answers);
  if (!score) throw new Error("no STarT Back score");
  return { ...score, psychosocial: score.subscales.find((s) => s.id === "psychosocial")?.value };
}

describe("Keele STarT Back", () => {
  it("classes nothing positive as low risk", () => {
    expect(startBack([])).toMatchObject({ total: 0, max: 9, psychosocial: 0, classification: "Low risk" });
  });

  it("classes a total of 3 as low risk", () => {
    expect(startBack([1, 2, 3])).toMatchObject({ total: 3, psychosocial: 0, classification: "Low risk" });
  });

  it("classes a total of 3 from psychosocial items only as low risk", () => {
    expect(startBack([5, 6, 7])).toMatchObject({ total: 3, psychosocial: 3, classification: "Low risk" });
  });

  it("classes a total of 4 with no psychosocial items as medium risk", () => {
    expect(startBack([1, 2, 3, 4])).toMatchObject({ total: 4, psychosocial: 0, classification: "Medium risk" });
  });

  it("classes a total of 4 with a psychosocial score of 3 as medium risk", () => {
    expect(startBack([1, 5, 6, 7])).toMatchObject({ total: 4, psychosocial: 3, classification: "Medium risk" });
  });

  it("classes a psychosocial score of 4 as high risk", () => {
    expect(startBack([5, 6, 7, 8])).toMatchObject({ total: 4, psychosocial: 4, classification: "High risk" });
  });

  it("classes every item positive as high risk", () => {
    expect(startBack([1, 2, 3, 4, 5, 6, 7, 8], "extremely")).toMatchObject({
      total: 9,
      psychosocial: 5,
      classification: "High risk",
    });
  });

  it.each([
    ["not_at_all", 0],
    ["slightly", 0],
    ["moderately", 0],
    ["very_much", 1],
    ["extremely", 1],
  ])("scores 'how bothersome: %s' as %i", (answer, points) => {
    expect(startBack([], answer).total).toBe(points);
    expect(startBack([], answer).psychosocial).toBe(points);
  });

  it("tips a psychosocial 3 into high risk when the pain is very bothersome", () => {
    expect(startBack([1, 5, 6, 7], "moderately").classification).toBe("Medium risk");
    expect(startBack([1, 5, 6, 7], "very_much").classification).toBe("High risk");
  });

  it("shows its working in one line", () => {
    expect(startBack([1, 5, 6, 7], "very_much").working).toBe("STarT Back total 5/9, psychosocial 4/5 → High risk");
  });

  it("gives no risk class when only 2 of the 9 questions are answered", () => {
    const [score] = computeScores(def, { sb1: true, sb2: true });
    expect(score).toMatchObject({ total: 2, answeredItems: 2, complete: false });
    expect(score?.classification).toBeUndefined();
    expect(score?.working).toBe(
      "STarT Back total 2/9, psychosocial 0/5 (incomplete: 2 of 9 questions answered, so no result)",
    );
  });

  it("gives no risk class with 8 of 9 answered, even when those 8 already reach high risk", () => {
    const answers: Record<string, unknown> = {};
    for (let n = 1; n <= 8; n++) answers[`sb${n}`] = true;
    const [score] = computeScores(def, answers);
    expect(score).toMatchObject({ total: 8, complete: false });
    expect(score?.classification).toBeUndefined();
  });

  it("classes a partly answered instrument when its published rules accept that many answers", () => {
    const lenient = mustParse({
      ...startBackDefinition,
      scores: [{ ...startBackDefinition.scores[0], minAnswered: 2 }],
    });
    const [score] = computeScores(lenient, { sb1: true, sb2: true });
    expect(score).toMatchObject({ complete: true, classification: "Low risk" });
    expect(score?.working).toBe("STarT Back total 2/9, psychosocial 0/5 (2 of 9 questions answered) → Low risk");
  });

  it("refuses a score that asks for more answered questions than it counts", () => {
    const broken = parseDefinition({
      ...startBackDefinition,
      scores: [{ ...startBackDefinition.scores[0], minAnswered: 10 }],
    });
    expect(broken.ok ? [] : broken.problems).toEqual([
      {
        path: "scores[0].minAnswered",
        message: 'Score "start_back" asks for 10 answered questions, but counts only 9',
      },
    ]);
  });

  it("is not computed when none of its questions is answered", () => {
    expect(computeScores(def, {})).toEqual([]);
  });
});
