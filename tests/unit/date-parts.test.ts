import { describe, expect, it } from "vitest";
import { dateProblem, joinDateParts, splitDateValue } from "../../lib/domain/question-set/date-parts";

const birthDate = { today: "2026-12-02", notInFuture: true, notBefore: "1900-01-01", maxAgeYears: 120 };

describe("a date of birth typed as day, month and year", () => {
  it("becomes the ISO date the rest of the intake uses, with the day and month padded", () => {
    expect(joinDateParts({ day: "7", month: "5", year: "1980" })).toBe("1980-05-07");
    expect(joinDateParts({ day: "17", month: "05", year: "1980" })).toBe("1980-05-17");
    expect(joinDateParts({ day: " 29", month: "2 ", year: "2000" })).toBe("2000-02-29");
  });

  it("is not an answer at all while the three boxes are empty", () => {
    expect(joinDateParts({ day: "", month: "", year: "" })).toBe("");
  });

  it("keeps what was typed so far, so a half-typed date comes back after a resume", () => {
    const halfTyped = joinDateParts({ day: "31", month: "2", year: "" });
    expect(halfTyped).toBe("-2-31");
    expect(splitDateValue(halfTyped)).toEqual({ day: "31", month: "2", year: "" });
    expect(splitDateValue("1980-05-17")).toEqual({ day: "17", month: "05", year: "1980" });
  });

  it("keeps digits only: letters and spaces typed into a box are dropped", () => {
    expect(joinDateParts({ day: "1st", month: "3", year: "19 85" })).toBe("1985-03-01");
  });

  it("gives empty boxes for anything that is not a stored date", () => {
    expect(splitDateValue(undefined)).toEqual({ day: "", month: "", year: "" });
    expect(splitDateValue("17/05/1980")).toEqual({ day: "", month: "", year: "" });
    expect(splitDateValue(19800517)).toEqual({ day: "", month: "", year: "" });
  });
});

describe("what the patient is told about a date they typed", () => {
  it.each([
    ["31 February", { day: "31", month: "2", year: "1985" }, "February 1985 has only 28 days"],
    ["29 February in a common year", { day: "29", month: "2", year: "1983" }, "February 1983 has only 28 days"],
    ["31 April", { day: "31", month: "4", year: "1985" }, "April has only 30 days"],
    ["month 13", { day: "1", month: "13", year: "1985" }, "The month must be a number from 1 to 12"],
    ["month 0", { day: "1", month: "0", year: "1985" }, "The month must be a number from 1 to 12"],
    ["day 0", { day: "0", month: "3", year: "1985" }, "The day must be a number from 1 to 31"],
    ["a two-digit year", { day: "1", month: "3", year: "85" }, "Enter the year with four digits, for example 1985"],
    ["no year", { day: "1", month: "3", year: "" }, "Enter the year"],
    ["only a year", { day: "", month: "", year: "1985" }, "Enter the day and month"],
    ["only a day", { day: "4", month: "", year: "" }, "Enter the month and year"],
    ["tomorrow", { day: "3", month: "12", year: "2026" }, "The date cannot be in the future. Check the year"],
    [
      "more than 120 years ago",
      { day: "1", month: "12", year: "1906" },
      "The date is more than 120 years ago. Check the year",
    ],
  ])("%s", (_, parts, message) => {
    expect(dateProblem(joinDateParts(parts), birthDate)).toBe(message);
  });

  it("accepts today, exactly 120 years ago and a leap day", () => {
    expect(dateProblem("2026-12-02", birthDate)).toBeUndefined();
    expect(dateProblem("1906-12-02", birthDate)).toBeUndefined();
    expect(dateProblem("2000-02-29", birthDate)).toBeUndefined();
  });

  it("counts 120 years back from 29 February to 28 February when that year had no leap day", () => {
    // 1900 was not a leap year.
    const leapToday = { today: "2020-02-29", maxAgeYears: 120 };
    expect(dateProblem("1900-02-28", leapToday)).toBeUndefined();
    expect(dateProblem("1900-02-27", leapToday)).toBe("The date is more than 120 years ago. Check the year");
  });

  it("still asks for the YYYY-MM-DD form from callers that send another shape", () => {
    expect(dateProblem("17/05/1980", birthDate)).toBe("Enter a real date (YYYY-MM-DD)");
    expect(dateProblem("1980-5-17", birthDate)).toBe("Enter a real date (YYYY-MM-DD)");
  });

  it("leaves the other limits of a date question to the question", () => {
    expect(dateProblem("1899-12-31", { today: "2026-12-02", notBefore: "1900-01-01" })).toBe(
      "The date cannot be before 1900-01-01",
    );
    expect(dateProblem("2030-01-01", { today: "2026-12-02" })).toBeUndefined();
  });
});
