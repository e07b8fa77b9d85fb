/**
 * The skeleton a stored draft must have, looser than the meta-schema. Publishing demands the full
 * meta-schema, but autosave must keep half-finished work (a rule without its citation yet, a question
 * still called "New question" with an empty help text), so a draft is stored when the editor can open
 * it again — ids, types and text maps where the editor expects them — and its problems are listed
 * on the page instead of losing the admin's work.
 */
import * as z from "zod";
import { CONDITION_OPS, parseDefinition, type Definition } from "../definition-schema";

const text = z.looseObject({ en: z.string().max(5000) });
const leaf = z.looseObject({ item: z.string().max(100), op: z.enum(CONDITION_OPS) });
type Cond = unknown;
const condition: z.ZodType<Cond> = z.lazy(() =>
  z.union([
    z.looseObject({ all: z.array(condition).max(200) }),
    z.looseObject({ any: z.array(condition).max(200) }),
    z.looseObject({ not: condition }),
    leaf,
  ]),
);
const option = z.looseObject({ value: z.string().max(200), label: text });
const item = z.looseObject({
  id: z.string().max(100),
  type: z.enum(["single", "multi", "yesno", "scale", "number", "text", "date", "painmap", "display"]),
  text,
  enableWhen: condition.optional(),
  options: z.array(option).max(200).optional(),
});
const section = z.looseObject({
  id: z.string().max(100),
  title: text,
  enableWhen: condition.optional(),
  items: z.array(item).max(500),
});
const rule = z.looseObject({
  id: z.string().max(100),
  severity: z.enum(["EMERGENT", "URGENT"]),
  title: text,
  when: condition,
  clinicianText: text,
  patientText: text,
  citation: z.string().max(2000),
});
const score = z.looseObject({ id: z.string().max(100), title: text, items: z.array(z.looseObject({})) });

export const draftShapeSchema = z.looseObject({
  key: z.string().max(100),
  title: text,
  sections: z.array(section).max(100),
  redFlagRules: z.array(rule).max(500).default([]),
  scores: z.array(score).max(50).default([]),
  constraints: z
    .array(z.looseObject({ items: z.array(z.string()) }))
    .max(50)
    .default([]),
});

/**
 * The draft as the editor's Definition type, or null when it lacks the skeleton the editor needs. A
 * draft the meta-schema accepts comes back normalised (defaults filled in, as the editor expects).
 */
export function parseDraftShape(json: unknown): Definition | null {
  const full = parseDefinition(json);
  if (full.ok) return full.definition;
  const parsed = draftShapeSchema.safeParse(json);
  // The skeleton is checked; values the meta-schema would refuse are the validation panel's business.
  return parsed.success ? (parsed.data as unknown as Definition) : null;
}
