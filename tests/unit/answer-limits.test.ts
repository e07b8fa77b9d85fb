import { afterEach, describe, expect, it, vi } from "vitest";
import {
  buildAnswerSchema,
  coerceAnswers,
  REQUIRED_MESSAGE,
  todayUtc,
} from "../../lib/domain/question-set/answer-schema";
import type { DefinitionInput } from "../../lib/domain/question-set/definition-schema";
import { calmAnswers, clinicDefinition } from "./fixtures/clinic-definition";
import { mustParse } from "./fixtures/parse";

// The edges of every answer check: each limit is tried on both sides, so a limit that is dropped or moved by one
// fails a test (the mutation run, `npm run test:mutation`, checks that it does).

const en = (text: string) => ({ en: text });
const clinicSchema = (today = "2025-06-01") => buildAnswerSchema(mustParse(clinicDefinition), { today });

function errorsIn(schema: ReturnType<typeof buildAnswerSchema>, answers: unknown): Record<string, string[]> {
  const result = schema.safeParse(answers);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}
const clinicErrors = (patch: Record<string, unknown>) => errorsIn(clinicSchema(), { ...calmAnswers, ...patch });
const pregnancyErrors = (weeks: unknown) => clinicErrors({ sex: "female", pregnant: true, pregnancy_weeks: weeks });

/** Questions the small clinic fixture does not have: open-ended numbers, "not sure", a contact pair behind a gate. */
const extras = mustParse({
  key: "extras",
  title: en("Extras"),
  sections: [
    {
      id: "more",
      title: en("More"),
      items: [
        { id: "at_least", type: "number", text: en("Cigarettes a day"), min: 0 },
        { id: "at_most", type: "number", text: en("Days off work"), max: 30, integer: false },
        { id: "any_number", type: "number", text: en("Any number") },
        { id: "injury", type: "yesno", text: en("Was there an injury?"), notSure: true },
        { id: "contact_ok", type: "yesno", text: en("May we contact you?") },
        {
          id: "mobile",
          type: "text",
          text: en("Mobile"),
          format: "phone",
          enableWhen: { item: "contact_ok", op: "equals", value: true },
        },
        {
          id: "mail",
          type: "text",
          text: en("Email"),
          format: "email",
          enableWhen: { item: "contact_ok", op: "equals", value: true },
        },
      ],
    },
  ],
  constraints: [{ type: "atLeastOneOf", items: ["mobile", "mail"], message: en("Give a mobile or an email") }],
} satisfies DefinitionInput);
const extrasErrors = (answers: Record<string, unknown>) =>
  errorsIn(buildAnswerSchema(extras, { today: "2025-06-01" }), answers);

describe("the limits of a number answer", () => {
  it.each([
    [-3, false],
    [0, false],
    [1, true],
    [42, true],
    [43, false],
  ])("accepts a pregnancy of %i weeks: %s", (weeks, ok) => {
    expect(pregnancyErrors(weeks)).toEqual(ok ? {} : { pregnancy_weeks: ["Enter a whole number between 1 and 42"] });
  });

  it.each([Number.POSITIVE_INFINITY, "Infinity", "12 weeks", " "])("refuses %j as a number of weeks", (weeks) => {
    const expected = weeks === " " ? {} : { pregnancy_weeks: ["Enter a whole number between 1 and 42"] };
    expect(pregnancyErrors(weeks)).toEqual(expected);
  });

  it("accepts a number typed with spaces around it", () => {
    expect(clinicSchema().safeParse({ ...calmAnswers, sitting_hours: " 24 " })).toMatchObject({
      success: true,
      data: { sitting_hours: 24 },
    });
  });

  it("says which limit a number has, when it has only one", () => {
    expect(extrasErrors({ at_least: -1 })).toEqual({ at_least: ["Enter a whole number of at least 0"] });
    expect(extrasErrors({ at_least: 0, at_most: 30 })).toEqual({});
    expect(extrasErrors({ at_most: 30.5 })).toEqual({ at_most: ["Enter a number of at most 30"] });
    expect(extrasErrors({ at_least: 2.5 })).toEqual({ at_least: ["Enter a whole number of at least 0"] });
    expect(extrasErrors({ any_number: "many" })).toEqual({ any_number: ["Enter a whole number"] });
    expect(extrasErrors({ any_number: -1_000_000 })).toEqual({});
  });
});

describe("the limits of other answers", () => {
  it("accepts a pain score sent as text, and refuses one just outside the scale", () => {
    expect(clinicErrors({ pain_now: "10", pain_worst: "0" })).toEqual({});
    expect(clinicErrors({ pain_now: "11" })).toEqual({ pain_now: ["Enter a whole number between 0 and 10"] });
  });

  it("accepts a name of exactly the longest length, trimmed", () => {
    expect(clinicErrors({ full_name: ` ${"x".repeat(100)} ` })).toEqual({});
  });

  it("refuses a name that is not text", () => {
    expect(clinicErrors({ full_name: 42 })).toEqual({ full_name: ["Enter text"] });
  });

  it("accepts a birth date on the earliest day allowed (120 years before the visit), and a date sent with spaces", () => {
    expect(clinicErrors({ date_of_birth: "1905-06-01" })).toEqual({});
    expect(clinicErrors({ date_of_birth: "1905-05-31" })).toHaveProperty("date_of_birth");
    expect(clinicSchema().safeParse({ ...calmAnswers, date_of_birth: " 1980-05-17 " })).toMatchObject({
      success: true,
      data: { date_of_birth: "1980-05-17" },
    });
  });

  it("refuses a date that is not text", () => {
    expect(clinicErrors({ date_of_birth: 19800517 })).toEqual({ date_of_birth: ["Enter a real date (YYYY-MM-DD)"] });
  });

  it.each([
    ["seven digits", "123 4567", true],
    ["six digits", "123 456", false],
    ["fifteen digits", "+44 (0) 7700-900.123 45", true],
    ["sixteen digits", "+44 (0) 7700-900.123 456", false],
    ["words in front", "call 07700 900123", false],
    ["words after", "07700 900123 after six", false],
    ["a plus sign inside", "07700+900123", false],
  ])("takes a phone number with %s: %s", (_, phone, ok) => {
    expect(clinicErrors({ phone })).toEqual(ok ? {} : { phone: ["Enter a valid phone number"] });
  });

  it.each([
    ["text in front of the address", "see alex@example.org"],
    ["text after the address", "alex@example.org please"],
    ["a second address", "alex@example.org,sam@example.org"],
    ["a dot right before the @", "alex.@example.org"],
  ])("refuses an email address with %s", (_, email) => {
    expect(clinicErrors({ email })).toEqual({ email: ["Enter a valid email address"] });
  });

  it("accepts one choice on its own even when it excludes the others", () => {
    expect(clinicErrors({ onset_activity: ["nothing"] })).toEqual({});
    expect(clinicErrors({ onset_activity: ["nothing", "nothing"] })).toEqual({});
  });

  it("refuses a multiple choice sent as one word, and a body map sent as one word", () => {
    expect(clinicErrors({ onset_activity: "lift" })).toEqual({ onset_activity: ["Choose from the options listed"] });
    expect(clinicErrors({ pain_map: "lower-back-left" })).toEqual({ pain_map: ["Choose areas on the body map"] });
  });

  it("keeps each body-map area once", () => {
    const result = clinicSchema().safeParse({ ...calmAnswers, pain_map: ["lower-back-left", "lower-back-left"] });
    expect(result).toMatchObject({ success: true, data: { pain_map: ["lower-back-left"] } });
  });

  it("refuses a choice sent as a number", () => {
    expect(clinicErrors({ sex: 1 })).toEqual({ sex: ["Choose one of the options"] });
  });

  it("offers 'not sure' only where the question has it", () => {
    expect(extrasErrors({ injury: "not_sure" })).toEqual({});
    expect(extrasErrors({ injury: "maybe" })).toEqual({ injury: ["Answer yes, no or not sure"] });
    expect(extrasErrors({ contact_ok: "not_sure" })).toEqual({ contact_ok: ["Answer yes or no"] });
    expect(buildAnswerSchema(extras).safeParse({ injury: "true" })).toEqual({ success: true, data: { injury: true } });
  });
});

describe("what the whole set of answers must be", () => {
  it("refuses a list instead of a set of answers, saying so", () => {
    expect(clinicSchema().safeParse([])).toEqual({
      success: false,
      error: { issues: [{ path: [], message: "Answers must be an object of question ids" }] },
    });
  });

  it("ignores an unknown question left empty by the form", () => {
    expect(clinicErrors({ stray: undefined })).toEqual({});
  });

  it("asks for a phone or an email only when those questions are shown", () => {
    expect(extrasErrors({ contact_ok: false })).toEqual({});
    expect(extrasErrors({})).toEqual({});
    expect(extrasErrors({ contact_ok: true })).toEqual({ mobile: ["Give a mobile or an email"] });
    expect(extrasErrors({ contact_ok: true, mail: "alex@example.org" })).toEqual({});
  });

  it("names the required question that is missing, once", () => {
    const { pain_now: _pain, ...rest } = calmAnswers;
    expect(clinicErrors({ ...rest, pain_now: undefined })).toEqual({ pain_now: [REQUIRED_MESSAGE] });
  });

  it("keeps only answers to shown questions in what it returns", () => {
    const result = clinicSchema().safeParse({ ...calmAnswers, sex: "male", pregnant: true });
    expect(result.success && Object.keys(result.data).sort()).toEqual(Object.keys(calmAnswers).sort());
  });
});

describe("the date a check runs on", () => {
  afterEach(() => vi.useRealTimers());

  it("takes today's date in UTC when none is given", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-06-01T23:30:00Z"));
    expect(todayUtc()).toBe("2025-06-01");
    const live = buildAnswerSchema(mustParse(clinicDefinition));
    expect(errorsIn(live, { ...calmAnswers, date_of_birth: "2025-06-01" })).toEqual({});
    expect(errorsIn(live, { ...calmAnswers, date_of_birth: "2025-06-02" })).toEqual({
      date_of_birth: ["The date cannot be in the future. Check the year"],
    });
    expect(coerceAnswers(mustParse(clinicDefinition), { date_of_birth: "2025-06-02", pain_now: 3 })).toEqual({
      pain_now: 3,
    });
    expect(coerceAnswers(mustParse(clinicDefinition), { date_of_birth: "2025-06-01" })).toEqual({
      date_of_birth: "2025-06-01",
    });
  });
});
