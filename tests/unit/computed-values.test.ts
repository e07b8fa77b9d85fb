import { describe, expect, it } from "vitest";
import { ageInYears, dateInTimeZone, withComputedValues } from "../../lib/domain/question-set/computed-values";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { evaluate } from "../../lib/domain/triage/evaluate";

describe("a patient's age worked out from their date of birth", () => {
  it("counts whole years, turning a year older on the birthday itself", () => {
    expect(ageInYears("1976-06-01", "2026-06-01")).toBe(50);
    expect(ageInYears("1976-06-02", "2026-06-01")).toBe(49);
    expect(ageInYears("1976-05-31", "2026-06-01")).toBe(50);
  });

  it("has someone born on 29 February turn older on 1 March in a common year, and on the 29th in a leap year", () => {
    expect(ageInYears("1976-02-29", "2026-02-28")).toBe(49);
    expect(ageInYears("1976-02-29", "2026-03-01")).toBe(50);
    expect(ageInYears("1976-02-29", "2028-02-28")).toBe(51);
    expect(ageInYears("1976-02-29", "2028-02-29")).toBe(52);
  });

  it("gives no age for a birth date in the future or one that is not a real date", () => {
    expect(ageInYears("2030-01-01", "2026-06-01")).toBeUndefined();
    expect(ageInYears("1976-02-30", "2026-06-01")).toBeUndefined();
  });

  it("takes 'today' in the clinic's time zone, so a late-evening submission on the eve of a birthday is still the day before", () => {
    const instant = new Date("2026-06-01T23:30:00Z");
    expect(dateInTimeZone(instant, "Europe/London")).toBe("2026-06-02"); // BST, already past midnight
    expect(dateInTimeZone(instant, "UTC")).toBe("2026-06-01");
    expect(dateInTimeZone(instant, "America/New_York")).toBe("2026-06-01");
    expect(ageInYears("1976-06-02", dateInTimeZone(instant, "Europe/London"))).toBe(50);
    expect(ageInYears("1976-06-02", dateInTimeZone(instant, "America/New_York"))).toBe(49);
  });
});

const base = {
  key: "computed-test",
  title: { en: "Test" },
  sections: [
    {
      id: "s",
      title: { en: "S" },
      items: [
        { id: "date_of_birth", type: "date", text: { en: "Date of birth" } },
        { id: "first_episode", type: "yesno", text: { en: "First time?" } },
        { id: "fever", type: "yesno", text: { en: "Fever?" } },
      ],
    },
  ],
  computed: [{ id: "age", kind: "ageInYears", from: "date_of_birth", title: { en: "Age" } }],
  redFlagRules: [
    {
      id: "first-episode-over-50",
      severity: "URGENT",
      title: { en: "First episode at 50 or over with another sign" },
      when: {
        all: [
          { item: "first_episode", op: "equals", value: true },
          { item: "age", op: "gte", value: 50 },
          { item: "fever", op: "equals", value: true },
        ],
      },
      clinicianText: { en: "c" },
      patientText: { en: "p" },
      citation: "Chou 2011",
    },
  ],
};

describe("computed values in a question set", () => {
  it("fires the over-50 modifier from the age worked out at submission, not from a typed answer", () => {
    const parsed = parseDefinition(base);
    if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
    const answers = { date_of_birth: "1976-06-02", first_episode: true, fever: true };
    expect(evaluate(parsed.definition, answers, { today: "2026-06-01" }).level).toBe("ROUTINE");
    expect(evaluate(parsed.definition, answers, { today: "2026-06-02" }).level).toBe("URGENT");
  });

  it("adds the value to the answers only when the date of birth is there", () => {
    const parsed = parseDefinition(base);
    if (!parsed.ok) throw new Error("invalid");
    expect(withComputedValues(parsed.definition, { date_of_birth: "1940-01-01" }, "2026-06-01")).toMatchObject({
      age: 86,
    });
    expect(withComputedValues(parsed.definition, { age: 20 }, "2026-06-01")).toEqual({});
  });

  it("rejects a rule that refers to a computed value that is not defined", () => {
    const parsed = parseDefinition({ ...base, computed: [] });
    if (parsed.ok) throw new Error("a rule on an undefined computed value was accepted");
    expect(parsed.problems.map((p) => p.message).join()).toMatch(/unknown question "age"/);
  });

  it("rejects a computed value worked out from a question that is not a date, or whose id is taken", () => {
    const notADate = parseDefinition({
      ...base,
      computed: [{ id: "age", kind: "ageInYears", from: "fever", title: { en: "Age" } }],
    });
    expect(notADate.ok).toBe(false);
    const clash = parseDefinition({
      ...base,
      computed: [{ id: "fever", kind: "ageInYears", from: "date_of_birth", title: { en: "Age" } }],
    });
    expect(clash.ok).toBe(false);
    const unknownKind = parseDefinition({
      ...base,
      computed: [{ id: "age", kind: "bmi", from: "date_of_birth", title: { en: "Age" } }],
    });
    expect(unknownKind.ok).toBe(false);
  });
});
