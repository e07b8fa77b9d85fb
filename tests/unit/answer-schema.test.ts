import * as z from "zod";
import { describe, expect, it } from "vitest";
import { buildAnswerSchema, coerceAnswers, sectionItemIds } from "../../lib/domain/question-set/answer-schema";
import { calmAnswers, clinicDefinition } from "./fixtures/clinic-definition";
import { mustParse } from "./fixtures/parse";

const clinic = mustParse(clinicDefinition);
// Built inside each test, not when the file loads: code run at load time is outside every test, so the mutation
// run could not tell which tests check it and would rerun them all for each change.
const schema = { safeParse: (input: unknown) => buildAnswerSchema(clinic, { today: "2025-06-01" }).safeParse(input) };

/** The messages the patient would see, by question id. */
function errorsFor(answers: Record<string, unknown>): Record<string, string[]> {
  const result = schema.safeParse(answers);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}
/** The cleaned answers, when every answer is acceptable. */
function accepted(answers: Record<string, unknown>) {
  const result = schema.safeParse(answers);
  if (!result.success) throw new Error(`Refused: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}
const with_ = (patch: Record<string, unknown>) => ({ ...calmAnswers, ...patch });

describe("checking a patient's answers", () => {
  it("accepts a calm, complete set of answers", () => {
    expect(accepted(calmAnswers)).toEqual(calmAnswers);
  });

  it("refuses an answer to a question that does not exist", () => {
    expect(errorsFor(with_({ favourite_colour: "blue" }))).toEqual({
      favourite_colour: ['Unknown question "favourite_colour"'],
    });
  });

  it("refuses an answer to display text", () => {
    expect(errorsFor(with_({ pain_intro: "read" }))).toEqual({ pain_intro: ['Unknown question "pain_intro"'] });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a choice that is not offered", { sex: "other" }, "sex", "Choose one of the options"],
    ["a pain score above 10", { pain_now: 11 }, "pain_now", "Enter a whole number between 0 and 10"],
    ["a pain score below 0", { pain_now: -1 }, "pain_now", "Enter a whole number between 0 and 10"],
    ["a pain score with a fraction", { pain_now: 6.5 }, "pain_now", "Enter a whole number between 0 and 10"],
    ["a pain score in words", { pain_now: "bad" }, "pain_now", "Enter a whole number between 0 and 10"],
    [
      "weeks pregnant out of range",
      { sex: "female", pregnant: true, pregnancy_weeks: 50 },
      "pregnancy_weeks",
      "Enter a whole number between 1 and 42",
    ],
    [
      "weeks pregnant with a fraction",
      { sex: "female", pregnant: true, pregnancy_weeks: 12.5 },
      "pregnancy_weeks",
      "Enter a whole number between 1 and 42",
    ],
    ["hours sitting above 24", { sitting_hours: 25 }, "sitting_hours", "Enter a number between 0 and 24"],
    ["yes/no answered with text", { fever: "maybe" }, "fever", "Answer yes or no"],
    ["an impossible date", { date_of_birth: "1980-02-30" }, "date_of_birth", "February 1980 has only 29 days"],
    ["a date with the year missing", { date_of_birth: "-05-17" }, "date_of_birth", "Enter the year"],
    ["a date in another format", { date_of_birth: "17/05/1980" }, "date_of_birth", "Enter a real date (YYYY-MM-DD)"],
    [
      "a birth date in the future",
      { date_of_birth: "2025-06-02" },
      "date_of_birth",
      "The date cannot be in the future. Check the year",
    ],
    [
      "a birth date more than 120 years ago",
      { date_of_birth: "1899-12-31" },
      "date_of_birth",
      "The date is more than 120 years ago. Check the year",
    ],
    ["an email address without a domain", { email: "alex@" }, "email", "Enter a valid email address"],
    ["a phone number with letters", { phone: "call me" }, "phone", "Enter a valid phone number"],
    ["a phone number too short", { phone: "123" }, "phone", "Enter a valid phone number"],
    ["a name that is too long", { full_name: "x".repeat(101) }, "full_name", "Keep this under 100 characters"],
    ["notes that are too long", { notes: "x".repeat(501) }, "notes", "Keep this under 500 characters"],
    [
      "a choice not offered in a multiple choice",
      { onset_activity: ["lift", "dancing"] },
      "onset_activity",
      "Choose from the options listed",
    ],
    [
      "'nothing in particular' with another choice",
      { onset_activity: ["nothing", "lift"] },
      "onset_activity",
      '"Nothing in particular" cannot be combined with other choices',
    ],
    [
      "a body-map area that does not exist",
      { pain_map: ["lower-back-left", "tail"] },
      "pain_map",
      "Choose areas on the body map",
    ],
  ])("refuses %s", (_, patch, itemId, message) => {
    expect(errorsFor(with_(patch))).toEqual({ [itemId]: [message] });
  });

  it("accepts today's date as a birth date but not tomorrow's", () => {
    expect(errorsFor(with_({ date_of_birth: "2025-06-01" }))).toEqual({});
    expect(errorsFor(with_({ date_of_birth: "2025-06-02" }))).toHaveProperty("date_of_birth");
  });

  it("accepts the ends of the pain scale and fractional hours", () => {
    expect(errorsFor(with_({ pain_now: 0, pain_worst: 10, sitting_hours: 7.5 }))).toEqual({});
  });

  it("asks for every required question that is shown", () => {
    expect(errorsFor({ phone: "07700 900123" })).toEqual({
      full_name: ["Please answer this question"],
      date_of_birth: ["Please answer this question"],
      pain_now: ["Please answer this question"],
      saddle_numbness: ["Please answer this question"],
    });
  });

  it("requires the pregnancy question only when it is shown", () => {
    expect(errorsFor(with_({ sex: "female" }))).toEqual({ pregnant: ["Please answer this question"] });
    expect(errorsFor(with_({ sex: "male" }))).toEqual({});
  });

  it("drops answers to hidden questions instead of storing them, even invalid ones", () => {
    const out = accepted(with_({ sex: "male", pregnant: true, pregnancy_weeks: 99 }));
    expect(out).not.toHaveProperty("pregnant");
    expect(out).not.toHaveProperty("pregnancy_weeks");
  });

  it("drops empty answers and trims text", () => {
    const out = accepted(
      with_({ full_name: "  Alex Example ", email: "", notes: "   ", aggravating: [], pain_worst: Number.NaN }),
    );
    expect(out).toEqual(calmAnswers);
  });

  it("accepts exactly the email addresses zod's z.email() accepts (what the form used before)", () => {
    const addresses = [
      "alex@example.org",
      "a.b+tag@sub.example.co.uk",
      "o'neil@example.ie",
      "alex@",
      "@example.org",
      ".alex@example.org",
      "al..ex@example.org",
      "alex@example",
      "alex@-example.org",
      "alex example@example.org",
      "alex@example.o",
      "ALEX_1@EXAMPLE.ORG",
    ];
    const zodEmail = z.email();
    for (const email of addresses) {
      expect([email, errorsFor(with_({ email })).email === undefined]).toEqual([
        email,
        zodEmail.safeParse(email).success,
      ]);
    }
  });

  it("asks for a phone number or an email address, on the first of the two", () => {
    const { phone: _phone, ...noContact } = calmAnswers;
    expect(errorsFor(noContact)).toEqual({ phone: ["Give a phone number or an email address"] });
    expect(errorsFor({ ...noContact, email: "alex@example.org" })).toEqual({});
  });

  it("does not also ask for a phone or email when the phone number given is just mistyped", () => {
    expect(errorsFor(with_({ phone: "abc" }))).toEqual({ phone: ["Enter a valid phone number"] });
  });

  it("accepts what HTML inputs produce: numbers and yes/no as text, an unticked checkbox group as false", () => {
    const out = accepted(with_({ pain_now: "7", fever: "false", sitting_hours: " 3.5 ", aggravating: false }));
    expect(out).toMatchObject({ pain_now: 7, fever: false, sitting_hours: 3.5 });
    expect(out).not.toHaveProperty("aggravating");
  });

  it("removes a choice ticked twice", () => {
    expect(accepted(with_({ onset_activity: ["lift", "lift"] })).onset_activity).toEqual(["lift"]);
  });

  it("uses the current date when no 'today' is given", () => {
    const live = buildAnswerSchema(clinic);
    expect(live.safeParse(with_({ date_of_birth: "2999-01-01" })).success).toBe(false);
    expect(live.safeParse(calmAnswers).success).toBe(true);
  });

  it("refuses something that is not a set of answers", () => {
    expect(schema.safeParse("yes").success).toBe(false);
    expect(schema.safeParse(null).success).toBe(false);
  });

  it("lists the fields of one wizard step, without display text", () => {
    expect(sectionItemIds(clinic, "your_pain")).toEqual([
      "pain_now",
      "pain_worst",
      "pain_map",
      "duration",
      "onset_activity",
      "aggravating",
      "sitting_hours",
      "leg_tingling",
      "tingling_severity",
      "notes",
    ]);
    expect(sectionItemIds(clinic, "no_such_step")).toEqual([]);
  });

  it("keeps only the valid answers of a half-filled form for live use", () => {
    expect(coerceAnswers(clinic, { pain_now: "8", fever: "maybe", sex: "", stray: true })).toEqual({ pain_now: 8 });
  });
});
