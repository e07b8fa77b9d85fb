import { describe, expect, it } from "vitest";
import { computeScores } from "../../lib/domain/scoring/compute-scores";
import { oswestryDefinition, percentProbeDefinition } from "./fixtures/oswestry";
import { mustParse } from "./fixtures/parse";

const odi = mustParse(oswestryDefinition);
const probe = mustParse(percentProbeDefinition);

/** Section scores in order; `undefined` leaves a section unanswered. */
function oswestry(points: (number | undefined)[]) {
  const answers: Record<string, unknown> = {};
  points.forEach((p, i) => {
    if (p !== undefined) answers[`odi${i + 1}`] = String(p);
  });
  const [score] = computeScores(odi, answers);
  if (!score) throw new Error("no Oswestry score");
  return score;
}

describe("Oswestry Disability Index arithmetic", () => {
  it("turns 16 of 50 into 32 % (moderate disability)", () => {
    const score = oswestry([2, 2, 2, 2, 2, 2, 1, 1, 1, 1]);
    expect(score).toMatchObject({ total: 16, max: 50, percentage: 32, answeredItems: 10, band: "Moderate disability" });
    expect(score.working).toBe("Oswestry 16/50 = 32% → Moderate disability");
  });

  it("divides by the sections answered: 16 of 45 is 35.6 %", () => {
    const score = oswestry([2, 2, 2, 2, 2, 2, 2, 2, undefined, 0]);
    expect(score).toMatchObject({
      total: 16,
      max: 45,
      percentage: 35.6,
      answeredItems: 9,
      band: "Moderate disability",
    });
    expect(score.working).toBe("Oswestry 16/45 = 35.6% (9 of 10 questions answered) → Moderate disability");
  });

  it("scores no disability as 0 % and full disability as 100 %", () => {
    expect(oswestry(Array(10).fill(0))).toMatchObject({ percentage: 0, band: "Minimal disability" });
    expect(oswestry(Array(10).fill(5))).toMatchObject({ percentage: 100, band: "Bed-bound" });
  });

  it.each([
    [20, "Minimal disability"],
    [21, "Moderate disability"],
    [40, "Moderate disability"],
    [41, "Severe disability"],
    [60, "Severe disability"],
    [61, "Crippled"],
    [80, "Crippled"],
    [81, "Bed-bound"],
  ])("puts %i percent in the band %s", (value, band) => {
    expect(computeScores(probe, { value })[0]).toMatchObject({ percentage: value, band });
  });

  it("puts a fraction between two whole-number bands in the lower one", () => {
    expect(computeScores(probe, { value: 20.5 })[0]?.band).toBe("Minimal disability");
    expect(computeScores(probe, { value: 40.9 })[0]?.band).toBe("Moderate disability");
  });

  it("rounds percentages to one decimal", () => {
    expect(
      oswestry([1, 0, 0, undefined, undefined, undefined, undefined, undefined, undefined, undefined]).percentage,
    ).toBe(6.7);
    expect(
      oswestry([1, 1, 0, undefined, undefined, undefined, undefined, undefined, undefined, undefined]).percentage,
    ).toBe(13.3);
  });
});
