/**
 * What a free-text answer may contain. A lone UTF-16 surrogate or a NUL byte cannot be stored in PostgreSQL's text
 * or jsonb, and control characters have no place in a patient's words (they can hide text from the clinician or
 * break an export). Refused rather than stripped: changing what a patient wrote without telling them would be worse.
 */

// Lone surrogates: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 and C1 controls and DEL. Long answers may keep line breaks (\n, \r).
const CONTROL_SHORT = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_LONG = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Staff notes may keep line breaks and tabs (pasted from a letter or a table).
const CONTROL_STAFF = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const TEXT_NOT_WELL_FORMED = "This answer contains characters we cannot store; please retype it";
export const TEXT_CONTROL_CHARACTERS = "Remove the hidden control characters from this answer";

/** The patient-facing problem with a text answer, or null when it can be stored as written. */
export function textAnswerProblem(value: string, multiline: boolean): string | null {
  if (LONE_SURROGATE.test(value)) return TEXT_NOT_WELL_FORMED;
  if ((multiline ? CONTROL_LONG : CONTROL_SHORT).test(value)) return TEXT_CONTROL_CHARACTERS;
  return null;
}

export const NOTE_NOT_WELL_FORMED = "The note contains characters that cannot be stored; please retype it.";
export const NOTE_CONTROL_CHARACTERS =
  "The note contains hidden control characters (often from copying); remove them or retype the note.";

/** The problem with a staff note's text, or null when it can be stored as written. */
export function staffTextProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return NOTE_NOT_WELL_FORMED;
  if (CONTROL_STAFF.test(value)) return NOTE_CONTROL_CHARACTERS;
  return null;
}
