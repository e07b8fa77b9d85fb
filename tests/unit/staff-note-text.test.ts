import { describe, expect, it } from "vitest";
import {
  NOTE_CONTROL_CHARACTERS,
  NOTE_NOT_WELL_FORMED,
  staffTextProblem,
} from "../../lib/domain/question-set/text-rules";

describe("text a clinician writes in a note", () => {
  it.each([
    ["a lone high surrogate", "Called back \ud800"],
    ["a lone low surrogate", "\udc00Called back"],
    ["a reversed surrogate pair", "Called \udc00\ud800 back"],
  ])("refuses a note with %s, which the database cannot store", (_, body) => {
    expect(staffTextProblem(body)).toBe(NOTE_NOT_WELL_FORMED);
  });

  it.each([
    ["a NUL byte", "Called\u0000back"],
    ["a bell", "Called back\u0007"],
    ["an escape sequence", "Called \u001b[2J back"],
    ["a form feed", "Page one\fpage two"],
    ["a vertical tab", "Called\u000bback"],
    ["DEL", "Called\u007f back"],
    ["a C1 control", "Called\u0085 back"],
  ])("refuses a note with %s, which can hide text from the next reader", (_, body) => {
    expect(staffTextProblem(body)).toBe(NOTE_CONTROL_CHARACTERS);
  });

  it.each([
    ["line breaks", "Called twice.\nNo answer.\r\nWill retry tomorrow."],
    ["tabs from a pasted table", "BP\t120/80\nHR\t72"],
    ["emoji and accents", "Patient thanked us 👍 – Zoë will follow up"],
    ["markup as plain text", "<b>retry</b> & call GP"],
  ])("keeps a note with %s as written", (_, body) => {
    expect(staffTextProblem(body)).toBeNull();
  });
});
