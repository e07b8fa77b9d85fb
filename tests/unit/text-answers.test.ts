import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "../../lib/domain/question-set/answer-schema";
import { TEXT_CONTROL_CHARACTERS, TEXT_NOT_WELL_FORMED } from "../../lib/domain/question-set/text-rules";
import { calmAnswers, clinicDefinition } from "./fixtures/clinic-definition";
import { mustParse } from "./fixtures/parse";

// Built inside each test, not when the file loads: code run at load time is outside every test, so the mutation
// run could not tell which tests check it and would rerun them all for each change.
const schema = {
  safeParse: (input: unknown) =>
    buildAnswerSchema(mustParse(clinicDefinition), { today: "2025-06-01" }).safeParse(input),
};

function errorsFor(patch: Record<string, unknown>): Record<string, string[]> {
  const result = schema.safeParse({ ...calmAnswers, ...patch });
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe("text a patient types", () => {
  it.each([
    ["a lone high surrogate", "Alex \ud800"],
    ["a lone low surrogate", "\udc00Alex"],
    ["a reversed surrogate pair", "Alex \udc00\ud800"],
  ])("refuses a name with %s, which the database cannot store", (_, name) => {
    expect(errorsFor({ full_name: name })).toEqual({ full_name: [TEXT_NOT_WELL_FORMED] });
  });

  it.each([
    ["a NUL byte", "Alex\u0000Example"],
    ["a bell", "Alex\u0007"],
    ["an escape sequence", "Alex\u001b[2J"],
    ["a C1 control", "Alex\u0085"],
    ["a line break", "Alex\nExample"],
    ["a tab", "Alex\tExample"],
    ["DEL", "Alex\u007f"],
  ])("refuses a one-line answer with %s", (_, name) => {
    expect(errorsFor({ full_name: name })).toEqual({ full_name: [TEXT_CONTROL_CHARACTERS] });
  });

  it("keeps line breaks in a long answer but refuses NUL there too", () => {
    expect(errorsFor({ notes: "It started\r\non Monday.\nThen it got worse." })).toEqual({});
    expect(errorsFor({ notes: "It started\u0000" })).toEqual({ notes: [TEXT_CONTROL_CHARACTERS] });
  });

  it("accepts names in any script, emoji included", () => {
    expect(errorsFor({ full_name: "Zoë Ŝmith 山田 太郎 👩🏽‍⚕️" })).toEqual({});
  });
});
