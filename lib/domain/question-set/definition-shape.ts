/**
 * The shape of a question-set version (docs/question-set-format.md) as zod objects, and the types taken from it.
 * Objects are strict so a misspelt field ("enablewhen") is reported instead of being silently ignored. The checks
 * across fields (ids that exist, options that fit) are in cross-references.ts; `definitionSchema` joins the two.
 */
import * as z from "zod";
import { isRealDate } from "./iso-date";
import { computedValueSchema } from "./computed-value-schema";
import { conditionSchema } from "./condition-schema";
import { KEY_ID_PATTERN, KEY_ID_RULE, QUESTION_ID_PATTERN, QUESTION_ID_RULE } from "./id-patterns";
import { languagesSchema } from "./translations/languages-schema";
import { licensedInstrumentsSchema } from "./licensed-instrument-schema";

const localeTextSchema = z
  .object({ en: z.string().trim().min(1, "English text cannot be empty") })
  .catchall(z.string());

const itemIdSchema = z.string().regex(QUESTION_ID_PATTERN, QUESTION_ID_RULE);
const keyIdSchema = z.string().regex(KEY_ID_PATTERN, KEY_ID_RULE);
const dateStringSchema = z.string().refine(isRealDate, "Use a real date written YYYY-MM-DD");

// ── Items ─────────────────────────────────────────────────────────────────────

/**
 * A code from a terminology outside this set (LOINC, SNOMED CT, a hospital's own), kept from an imported FHIR file so
 * the export names the same concept. Patients never see it.
 */
const codingSchema = z.strictObject({
  system: z.string().min(1, "A code needs its system").optional(),
  code: z.string().min(1, "A code cannot be empty"),
  display: z.string().optional(),
});

const optionSchema = z.strictObject({
  value: z.string().min(1, "An option needs a value"),
  label: localeTextSchema,
  causes: z.array(z.string()).optional(),
  /**
   * The terminology the option's value is a code of (e.g. LOINC answer codes), with that terminology's own display;
   * left out, the option is a code of this set's own code system for the question.
   */
  coding: z.strictObject({ system: z.string().min(1), display: z.string().optional() }).optional(),
});

const shownFields = {
  id: itemIdSchema,
  text: localeTextSchema,
  help: localeTextSchema.optional(),
  enableWhen: conditionSchema.optional(),
};
/**
 * What a question means to the rest of the portal, so code never relies on its id: the queue searches the patient's
 * name, the summary gives the age from the date of birth. Each role is on one question at most; a published set
 * needs the ones in `REQUIRED_ROLES` (roles.ts).
 */
export const ITEM_ROLES = ["patientName", "dateOfBirth", "phone", "email"] as const;
export type ItemRole = (typeof ITEM_ROLES)[number];

const answerableFields = {
  ...shownFields,
  role: z
    .enum(ITEM_ROLES, {
      error: (iss) => `Unknown role ${JSON.stringify(iss.input)}; use one of ${ITEM_ROLES.join(", ")}`,
    })
    .optional(),
  required: z.boolean().default(false),
  causes: z.array(z.string()).optional(),
  /** What the question asks, in other terminologies (FHIR `item.code`): exported again, never shown to patients. */
  codes: z.array(codingSchema).optional(),
};

const itemSchema = z.discriminatedUnion("type", [
  // `initial` (each type's own answer) is a default answer, pre-filled for the patient; initial-answers.ts says where
  // one is refused (red-flag questions, scored questions, who the patient is).
  z.strictObject({
    ...answerableFields,
    type: z.literal("single"),
    options: z.array(optionSchema).min(1),
    initial: z.string().optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("multi"),
    options: z.array(optionSchema).min(1),
    exclusiveValues: z.array(z.string()).optional(),
    initial: z.array(z.string()).optional(),
  }),
  // `notSure` adds a third answer, stored as "not_sure": for questions an unsure patient must not be made to guess.
  z.strictObject({
    ...answerableFields,
    type: z.literal("yesno"),
    notSure: z.boolean().optional(),
    initial: z.boolean().optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("scale"),
    min: z.number().int().default(0),
    max: z.number().int().default(10),
    minLabel: localeTextSchema,
    maxLabel: localeTextSchema,
    causeThreshold: z.number().optional(),
    initial: z.number().optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
    unit: localeTextSchema.optional(),
    initial: z.number().optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("text"),
    multiline: z.boolean().optional(),
    maxLength: z.number().int().min(1).max(5000, "maxLength cannot be more than 5000").default(500),
    format: z.enum(["email", "phone"]).optional(),
    initial: z.string().optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("date"),
    notInFuture: z.boolean().optional(),
    notBefore: dateStringSchema.optional(),
    initial: dateStringSchema.optional(),
  }),
  z.strictObject({ ...answerableFields, type: z.literal("painmap") }),
  // `hidden` (FHIR's questionnaire-hidden): kept for the export, never shown to patients.
  z.strictObject({ ...shownFields, type: z.literal("display"), hidden: z.boolean().optional() }),
]);

const sectionSchema = z.strictObject({
  id: keyIdSchema,
  title: localeTextSchema,
  description: localeTextSchema.optional(),
  enableWhen: conditionSchema.optional(),
  items: z.array(itemSchema).min(1, "A section needs at least one question"),
});

// ── Red flags, scores, constraints ────────────────────────────────────────────

const redFlagRuleSchema = z.strictObject({
  id: keyIdSchema,
  severity: z.enum(["EMERGENT", "URGENT"]),
  title: localeTextSchema,
  when: conditionSchema,
  clinicianText: localeTextSchema,
  patientText: localeTextSchema,
  citation: z.string().trim().min(1, "Every red-flag rule needs a guideline citation"),
});

const SCORE_OPS = ["equals", "gt", "gte", "lt", "lte"] as const;
const scoreComparisonSchema = z.strictObject({
  component: z.string().min(1),
  op: z.enum(SCORE_OPS, {
    error: (iss) => `Unknown operator ${JSON.stringify(iss.input)}; use one of ${SCORE_OPS.join(", ")}`,
  }),
  value: z.number(),
});
const scoreConditionSchema = z.union([
  z.strictObject({ all: z.array(scoreComparisonSchema) }),
  z.strictObject({ any: z.array(scoreComparisonSchema) }),
]);

const scoreDefinitionSchema = z.strictObject({
  id: keyIdSchema,
  title: localeTextSchema,
  method: z.enum(["sum", "percentage"]),
  maxPerItem: z.number().positive().optional(),
  /**
   * The fewest answered questions the instrument's published scoring accepts (Oswestry: all but one section).
   * Left out, every question must be answered; with fewer, the score has no band and no class.
   */
  minAnswered: z.number().int().min(1, "minAnswered must be at least 1").optional(),
  items: z
    .array(z.strictObject({ item: z.string().min(1), values: z.record(z.string(), z.number()).optional() }))
    .min(1, "A score needs at least one question"),
  subscales: z
    .array(z.strictObject({ id: keyIdSchema, title: localeTextSchema, items: z.array(z.string()).min(1) }))
    .default([]),
  bands: z.array(z.strictObject({ min: z.number(), max: z.number(), label: localeTextSchema })).default([]),
  classification: z.array(z.strictObject({ when: scoreConditionSchema, label: localeTextSchema })).default([]),
});

const constraintSchema = z.strictObject({
  type: z.literal("atLeastOneOf"),
  items: z.array(z.string()).min(1),
  message: localeTextSchema,
});

// ── Definition ────────────────────────────────────────────────────────────────

export const definitionShape = z.strictObject({
  key: keyIdSchema,
  title: localeTextSchema,
  description: localeTextSchema.optional(),
  sections: z.array(sectionSchema).min(1, "A question set needs at least one section"),
  redFlagRules: z.array(redFlagRuleSchema).default([]),
  scores: z.array(scoreDefinitionSchema).default([]),
  constraints: z.array(constraintSchema).default([]),
  computed: z.array(computedValueSchema).optional(),
  instruments: licensedInstrumentsSchema.optional(),
  /** Translations beside English; the words themselves sit in each text's locale map. */
  languages: languagesSchema.optional(),
});

export type Definition = z.output<typeof definitionShape>;
/** What an author writes: defaults (required=false, scale 0–10, …) may be left out. */
export type DefinitionInput = z.input<typeof definitionShape>;
export type Section = Definition["sections"][number];
export type Item = Section["items"][number];
export type ItemType = Item["type"];
export type ItemOfType<T extends ItemType> = Extract<Item, { type: T }>;
export type Option = z.output<typeof optionSchema>;
export type Coding = z.output<typeof codingSchema>;
export type RedFlagRule = Definition["redFlagRules"][number];
export type Severity = RedFlagRule["severity"];
export type ScoreDefinition = Definition["scores"][number];
export type ScoreCondition = z.output<typeof scoreConditionSchema>;
export type ScoreComparison = z.output<typeof scoreComparisonSchema>;
export type Constraint = Definition["constraints"][number];
export type LocaleText = z.output<typeof localeTextSchema>;
