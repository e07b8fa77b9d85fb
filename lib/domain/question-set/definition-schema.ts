/**
 * Meta-schema for a question-set version (docs/question-set-format.md). Objects are strict so
 * a misspelt field ("enablewhen") is reported instead of being silently ignored.
 */
import * as z from "zod";
import { CAUSE_IDS } from "../causes/catalog";
import { PAIN_REGION_IDS } from "../pain-map/regions";
import { isRealDate } from "./iso-date";
import { NOT_SURE } from "./not-sure";
import { computedValueSchema, type ComputedValue } from "./computed-value-schema";
import { computedValueProblems } from "./computed-values";
import { languagesSchema } from "./translations/languages-schema";
import { licensedInstrumentsSchema } from "./licensed-instrument-schema";
import { licensedInstrumentProblems } from "./licensed-instruments";

const ITEM_ID = /^[a-z][a-z0-9_]*$/;
const KEY_ID = /^[a-z][a-z0-9_-]*$/;

export { isRealDate };

const localeTextSchema = z
  .object({ en: z.string().trim().min(1, "English text cannot be empty") })
  .catchall(z.string());

const itemIdSchema = z
  .string()
  .regex(ITEM_ID, "Question ids start with a lower-case letter and use only a-z, 0-9 and _");
const keyIdSchema = z.string().regex(KEY_ID, "Ids start with a lower-case letter and use only a-z, 0-9, - and _");
const dateStringSchema = z.string().refine(isRealDate, "Use a real date written YYYY-MM-DD");

// ── Conditions ────────────────────────────────────────────────────────────────

export const CONDITION_OPS = ["equals", "notEquals", "includes", "gt", "gte", "lt", "lte", "answered"] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
const NUMERIC_OPS: readonly ConditionOp[] = ["gt", "gte", "lt", "lte"];

export type LeafCondition = { item: string; op: ConditionOp; value?: string | number | boolean };
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const leafConditionSchema = z
  .strictObject({
    item: z.string().min(1),
    op: z.enum(CONDITION_OPS, {
      error: (iss) => `Unknown operator ${JSON.stringify(iss.input)}; use one of ${CONDITION_OPS.join(", ")}`,
    }),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", path: ["value"], message });
    if (c.op === "answered") {
      if (c.value !== undefined) issue(`"answered" takes no value`);
    } else if (c.value === undefined) {
      issue(`"${c.op}" needs a value to compare with`);
    } else if (NUMERIC_OPS.includes(c.op) && typeof c.value !== "number") {
      issue(`"${c.op}" compares numbers, so its value must be a number`);
    } else if (c.op === "includes" && typeof c.value !== "string") {
      issue(`"includes" needs an option value (text)`);
    }
  });

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema) }),
    z.strictObject({ any: z.array(conditionSchema) }),
    z.strictObject({ not: conditionSchema }),
    leafConditionSchema,
  ]),
);

// ── Items ─────────────────────────────────────────────────────────────────────

const optionSchema = z.strictObject({
  value: z.string().min(1, "An option needs a value"),
  label: localeTextSchema,
  causes: z.array(z.string()).optional(),
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
};

const itemSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...answerableFields, type: z.literal("single"), options: z.array(optionSchema).min(1) }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("multi"),
    options: z.array(optionSchema).min(1),
    exclusiveValues: z.array(z.string()).optional(),
  }),
  // `notSure` adds a third answer, stored as "not_sure": for questions an unsure patient must not be made to guess.
  z.strictObject({ ...answerableFields, type: z.literal("yesno"), notSure: z.boolean().optional() }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("scale"),
    min: z.number().int().default(0),
    max: z.number().int().default(10),
    minLabel: localeTextSchema,
    maxLabel: localeTextSchema,
    causeThreshold: z.number().optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
    unit: localeTextSchema.optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("text"),
    multiline: z.boolean().optional(),
    maxLength: z.number().int().min(1).max(5000, "maxLength cannot be more than 5000").default(500),
    format: z.enum(["email", "phone"]).optional(),
  }),
  z.strictObject({
    ...answerableFields,
    type: z.literal("date"),
    notInFuture: z.boolean().optional(),
    notBefore: dateStringSchema.optional(),
  }),
  z.strictObject({ ...answerableFields, type: z.literal("painmap") }),
  z.strictObject({ ...shownFields, type: z.literal("display") }),
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

const definitionShape = z.strictObject({
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
export type RedFlagRule = Definition["redFlagRules"][number];
export type Severity = RedFlagRule["severity"];
export type ScoreDefinition = Definition["scores"][number];
export type ScoreCondition = z.output<typeof scoreConditionSchema>;
export type ScoreComparison = z.output<typeof scoreComparisonSchema>;
export type Constraint = Definition["constraints"][number];
export type LocaleText = z.output<typeof localeTextSchema>;

export const definitionSchema = definitionShape.superRefine((definition, ctx) => {
  for (const problem of crossReferenceProblems(definition)) {
    ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  }
});

// ── Cross-reference checks ────────────────────────────────────────────────────

type Path = (string | number)[];
type RawProblem = { path: Path; message: string };

const CAUSES = new Set<string>(CAUSE_IDS);
const REGIONS = new Set<string>(PAIN_REGION_IDS);

const TYPE_NAMES: Record<ItemType, string> = {
  single: "single-choice",
  multi: "multiple-choice",
  yesno: "yes/no",
  scale: "scale",
  number: "number",
  text: "text",
  date: "date",
  painmap: "body-map",
  display: "display-text",
};

function duplicates<T>(
  entries: readonly T[],
  idOf: (e: T) => string,
  onDuplicate: (id: string, index: number) => void,
) {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = idOf(entry);
    if (seen.has(id)) onDuplicate(id, index);
    seen.add(id);
  });
}

function crossReferenceProblems(def: Definition): RawProblem[] {
  const problems: RawProblem[] = [];
  const report = (path: Path, message: string) => problems.push({ path, message });

  const items = new Map<string, Item>();
  duplicates(
    def.sections,
    (s) => s.id,
    (id, i) => report(["sections", i, "id"], `Section id "${id}" is used more than once`),
  );
  def.sections.forEach((section, si) =>
    section.items.forEach((item, ii) => {
      if (items.has(item.id))
        report(["sections", si, "items", ii, "id"], `Question id "${item.id}" is used more than once`);
      else items.set(item.id, item);
    }),
  );
  problems.push(...computedValueProblems(def));
  problems.push(...licensedInstrumentProblems(def));
  for (const computed of def.computed ?? [])
    if (!items.has(computed.id)) items.set(computed.id, asNumberItem(computed));

  const checkCauses = (causes: readonly string[] | undefined, path: Path, owner: string) =>
    causes?.forEach((cause, ci) => {
      if (!CAUSES.has(cause)) report([...path, ci], `${owner} points at unknown cause "${cause}"`);
    });

  const checkCondition = (cond: Condition, path: Path, owner: string, ownItems: ReadonlySet<string>) => {
    if ("all" in cond) return cond.all.forEach((c, i) => checkCondition(c, [...path, "all", i], owner, ownItems));
    if ("any" in cond) return cond.any.forEach((c, i) => checkCondition(c, [...path, "any", i], owner, ownItems));
    if ("not" in cond) return checkCondition(cond.not, [...path, "not"], owner, ownItems);
    const item = items.get(cond.item);
    if (!item) return report([...path, "item"], `${owner} refers to unknown question "${cond.item}"`);
    if (item.type === "display") {
      return report([...path, "item"], `${owner} refers to "${cond.item}", which is display text, not a question`);
    }
    if (ownItems.has(cond.item)) {
      return report(
        [...path, "item"],
        `${owner} depends on its own question "${cond.item}", so it could never be shown`,
      );
    }
    const problem = leafProblem(cond, item);
    if (problem) report([...path, problem.field], `${owner} ${problem.message}`);
  };

  def.sections.forEach((section, si) => {
    const sectionPath: Path = ["sections", si];
    if (section.enableWhen) {
      checkCondition(
        section.enableWhen,
        [...sectionPath, "enableWhen"],
        `The condition on section "${section.id}"`,
        new Set(section.items.map((i) => i.id)),
      );
    }
    section.items.forEach((item, ii) => {
      const path: Path = [...sectionPath, "items", ii];
      const owner = `Question "${item.id}"`;
      if (item.enableWhen) {
        checkCondition(
          item.enableWhen,
          [...path, "enableWhen"],
          `The condition on question "${item.id}"`,
          new Set([item.id]),
        );
      }
      if (item.type === "display") return;
      checkCauses(item.causes, [...path, "causes"], owner);
      if (item.type === "single" || item.type === "multi") {
        duplicates(
          item.options,
          (o) => o.value,
          (value, oi) => report([...path, "options", oi, "value"], `${owner} has the option "${value}" more than once`),
        );
        item.options.forEach((o, oi) =>
          checkCauses(o.causes, [...path, "options", oi, "causes"], `Option "${o.value}" of question "${item.id}"`),
        );
      }
      if (item.type === "multi") {
        item.exclusiveValues?.forEach((value, vi) => {
          if (!item.options.some((o) => o.value === value)) {
            report([...path, "exclusiveValues", vi], `${owner} lists "${value}" as exclusive, but has no such option`);
          }
        });
      }
      if (item.type === "scale") {
        if (item.min >= item.max)
          report(
            [...path, "max"],
            `${owner}: the scale's maximum (${item.max}) must be above its minimum (${item.min})`,
          );
        if (item.causeThreshold !== undefined && (item.causeThreshold < item.min || item.causeThreshold > item.max)) {
          report(
            [...path, "causeThreshold"],
            `${owner}: causeThreshold ${item.causeThreshold} is outside the scale ${item.min}–${item.max}`,
          );
        }
        if (item.causes?.length && item.causeThreshold === undefined) {
          report(
            [...path, "causeThreshold"],
            `${owner} points at causes but has no causeThreshold saying from which value they count`,
          );
        }
      }
      if (item.type === "number" && item.min !== undefined && item.max !== undefined && item.min > item.max) {
        report([...path, "max"], `${owner}: the maximum (${item.max}) cannot be below the minimum (${item.min})`);
      }
    });
  });

  conditionCycles(def).forEach((cycle) => report(cycle.path, cycle.message));
  roleProblems(def).forEach((p) => report(p.path, p.message));

  duplicates(
    def.redFlagRules,
    (r) => r.id,
    (id, i) => report(["redFlagRules", i, "id"], `Red-flag rule id "${id}" is used more than once`),
  );
  def.redFlagRules.forEach((rule, ri) =>
    checkCondition(rule.when, ["redFlagRules", ri, "when"], `Red-flag rule "${rule.id}"`, new Set()),
  );

  duplicates(
    def.scores,
    (s) => s.id,
    (id, i) => report(["scores", i, "id"], `Score id "${id}" is used more than once`),
  );
  def.scores.forEach((score, si) =>
    scoreProblems(score, items).forEach((p) => report(["scores", si, ...p.path], p.message)),
  );

  def.constraints.forEach((constraint, ci) => {
    const owner = `Constraint ${ci + 1} (at least one of)`;
    constraint.items.forEach((id, ii) => {
      const item = items.get(id);
      if (!item) report(["constraints", ci, "items", ii], `${owner} refers to unknown question "${id}"`);
      else if (item.type === "display")
        report(["constraints", ci, "items", ii], `${owner} refers to "${id}", which is display text, not a question`);
    });
  });

  return problems;
}

const ROLE_FITS: Record<ItemRole, { fits: (item: Item) => boolean; needs: string }> = {
  patientName: { fits: (i) => i.type === "text" && i.format === undefined, needs: "a plain text question" },
  dateOfBirth: { fits: (i) => i.type === "date", needs: "a date question" },
  phone: { fits: (i) => i.type === "text" && i.format === "phone", needs: "a text question with the phone format" },
  email: { fits: (i) => i.type === "text" && i.format === "email", needs: "a text question with the email format" },
};

/** Each role on one question at most, and only on a question that can hold such an answer. */
function roleProblems(def: Definition): RawProblem[] {
  const problems: RawProblem[] = [];
  const holder = new Map<ItemRole, string>();
  def.sections.forEach((section, si) =>
    section.items.forEach((item, ii) => {
      if (item.type === "display" || item.role === undefined) return;
      const path: Path = ["sections", si, "items", ii, "role"];
      const first = holder.get(item.role);
      if (first !== undefined) {
        problems.push({
          path,
          message: `Question "${item.id}" has the role "${item.role}", which question "${first}" already has`,
        });
      } else holder.set(item.role, item.id);
      if (!ROLE_FITS[item.role].fits(item)) {
        problems.push({
          path,
          message: `Question "${item.id}" has the role "${item.role}", which needs ${ROLE_FITS[item.role].needs}`,
        });
      }
    }),
  );
  return problems;
}

/** Question ids named by a condition's leaves. */
function conditionItems(cond: Condition | undefined, into: Set<string> = new Set()): Set<string> {
  if (!cond) return into;
  if ("all" in cond) cond.all.forEach((c) => conditionItems(c, into));
  else if ("any" in cond) cond.any.forEach((c) => conditionItems(c, into));
  else if ("not" in cond) conditionItems(cond.not, into);
  else into.add(cond.item);
  return into;
}

/**
 * Every circle of show-when dependencies (a question depends on the questions its own condition and its
 * section's condition name). A circle has no order to settle it in, so whether its questions are shown
 * would depend on where they happen to stand. Self-dependency has its own message above.
 */
function conditionCycles(def: Definition): RawProblem[] {
  const place = new Map<string, Path>();
  const dependsOn = new Map<string, string[]>();
  def.sections.forEach((section, si) => {
    const fromSection = conditionItems(section.enableWhen);
    section.items.forEach((item, ii) => {
      if (place.has(item.id)) return;
      place.set(item.id, ["sections", si, ...(item.enableWhen ? ["items", ii] : []), "enableWhen"]);
      const deps = conditionItems(item.enableWhen, new Set(fromSection));
      deps.delete(item.id);
      dependsOn.set(item.id, [...deps]);
    });
  });

  const problems: RawProblem[] = [];
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, "open");
    trail.push(id);
    for (const next of dependsOn.get(id) ?? []) {
      if (!dependsOn.has(next)) continue;
      const seen = state.get(next);
      if (seen === "open") {
        const circle = [...trail.slice(trail.indexOf(next)), next];
        problems.push({
          path: place.get(next) ?? [],
          message: `Show-when conditions go round in a circle: ${circle.map((q) => `"${q}"`).join(" → ")} (each is shown depending on the next), so whether they are shown can never be settled`,
        });
      } else if (seen === undefined) visit(next);
    }
    trail.pop();
    state.set(id, "done");
  };
  for (const id of dependsOn.keys()) if (!state.has(id)) visit(id);
  return problems;
}

/** Whether a leaf condition's operator and value make sense for the question it names. */
function leafProblem(
  cond: LeafCondition,
  item: Exclude<Item, { type: "display" }>,
): { field: "op" | "value"; message: string } | undefined {
  const { op, value } = cond;
  const kind = TYPE_NAMES[item.type];
  const on = `"${cond.item}"`;
  if (op === "answered") return undefined;
  if (NUMERIC_OPS.includes(op)) {
    return item.type === "scale" || item.type === "number"
      ? undefined
      : { field: "op", message: `compares ${on} as a number with "${op}", but it is a ${kind} question` };
  }
  if (op === "includes") {
    if (item.type === "single" || item.type === "multi") return optionProblem(item.options, String(value), cond.item);
    if (item.type === "painmap") {
      return REGIONS.has(String(value))
        ? undefined
        : { field: "value", message: `refers to body-map region "${String(value)}", which does not exist` };
    }
    return {
      field: "op",
      message: `uses "includes" on ${on}, but "includes" needs a choice or body-map question, not a ${kind} question`,
    };
  }
  // equals / notEquals
  switch (item.type) {
    case "yesno":
      return typeof value === "boolean" || (item.notSure && value === NOT_SURE)
        ? undefined
        : {
            field: "value",
            message: `compares yes/no question ${on} with ${JSON.stringify(value)}; use true or false`,
          };
    case "single":
      return typeof value === "string"
        ? optionProblem(item.options, value, cond.item)
        : { field: "value", message: `compares ${on} with ${JSON.stringify(value)}; use one of its option values` };
    case "scale":
    case "number":
      return typeof value === "number"
        ? undefined
        : { field: "value", message: `compares ${kind} question ${on} with ${JSON.stringify(value)}; use a number` };
    case "text":
    case "date":
      return typeof value === "string"
        ? undefined
        : { field: "value", message: `compares ${kind} question ${on} with ${JSON.stringify(value)}; use text` };
    case "multi":
    case "painmap":
      return { field: "op", message: `uses "${op}" on ${kind} question ${on}; use "includes" instead` };
  }
}

function optionProblem(options: readonly Option[], value: string, itemId: string) {
  return options.some((o) => o.value === value)
    ? undefined
    : { field: "value" as const, message: `refers to option "${value}", which question "${itemId}" does not have` };
}

const SCORABLE: ReadonlySet<ItemType> = new Set<ItemType>(["single", "multi", "yesno", "scale", "number"]);

function scoreProblems(score: ScoreDefinition, items: ReadonlyMap<string, Item>): RawProblem[] {
  const problems: RawProblem[] = [];
  const owner = `Score "${score.id}"`;
  const report = (path: Path, message: string) => problems.push({ path, message });

  if (score.method === "percentage" && score.maxPerItem === undefined) {
    report(["maxPerItem"], `${owner} is a percentage, so it needs maxPerItem (the most one question can score)`);
  }
  if (score.minAnswered !== undefined && score.minAnswered > score.items.length) {
    report(
      ["minAnswered"],
      `${owner} asks for ${score.minAnswered} answered questions, but counts only ${score.items.length}`,
    );
  }
  duplicates(
    score.items,
    (i) => i.item,
    (id, i) => report(["items", i, "item"], `${owner} counts question "${id}" more than once`),
  );
  score.items.forEach((entry, ei) => {
    const item = items.get(entry.item);
    const path: Path = ["items", ei];
    if (!item) return report([...path, "item"], `${owner} refers to unknown question "${entry.item}"`);
    if (!SCORABLE.has(item.type)) {
      return report(
        [...path, "item"],
        `${owner} cannot count ${TYPE_NAMES[item.type]} question "${entry.item}"; only choice, yes/no, scale and number questions score`,
      );
    }
    const values = entry.values;
    if (!values) {
      if (item.type === "single" || item.type === "multi" || item.type === "yesno") {
        report(
          [...path, "values"],
          `${owner} needs "values" for question "${entry.item}" saying what each answer scores`,
        );
      } else if (item.type === "number" && item.max === undefined) {
        report(
          [...path, "values"],
          `${owner} counts number question "${entry.item}" as is, so that question needs a max`,
        );
      }
      return;
    }
    for (const key of Object.keys(values)) {
      const known =
        item.type === "yesno"
          ? key === "true" || key === "false" || (item.notSure === true && key === NOT_SURE)
          : item.type === "single" || item.type === "multi"
            ? item.options.some((o) => o.value === key)
            : item.type === "scale"
              ? Number.isInteger(Number(key)) && Number(key) >= item.min && Number(key) <= item.max
              : key.trim() !== "" && Number.isFinite(Number(key));
      if (!known)
        report(
          [...path, "values", key],
          `${owner} gives a score for "${key}", which is not an answer question "${entry.item}" can have`,
        );
    }
  });

  const scored = new Set(score.items.map((i) => i.item));
  duplicates(
    score.subscales,
    (s) => s.id,
    (id, i) => report(["subscales", i, "id"], `${owner} has subscale "${id}" more than once`),
  );
  score.subscales.forEach((sub, si) => {
    if (sub.id === "total" || sub.id === "percentage")
      report(["subscales", si, "id"], `${owner}: "${sub.id}" is reserved and cannot name a subscale`);
    sub.items.forEach((id, ii) => {
      if (!scored.has(id))
        report(
          ["subscales", si, "items", ii],
          `${owner}: subscale "${sub.id}" refers to "${id}", which is not one of the score's questions`,
        );
    });
  });
  score.bands.forEach((band, bi) => {
    if (band.min > band.max)
      report(
        ["bands", bi, "max"],
        `${owner}: band "${band.label.en}" ends (${band.max}) before it starts (${band.min})`,
      );
  });
  const components = new Set([
    "total",
    ...(score.method === "percentage" ? ["percentage"] : []),
    ...score.subscales.map((s) => s.id),
  ]);
  score.classification.forEach((c, ci) => {
    const [key, comparisons] = "all" in c.when ? (["all", c.when.all] as const) : (["any", c.when.any] as const);
    comparisons.forEach((cmp, i) => {
      if (!components.has(cmp.component)) {
        report(
          ["classification", ci, "when", key, i, "component"],
          `${owner}: classification refers to "${cmp.component}"; use ${[...components].map((x) => `"${x}"`).join(", ")}`,
        );
      }
    });
  });
  return problems;
}

// ── Parsing with plain-words problems ─────────────────────────────────────────

export type DefinitionProblem = { path: string; message: string };
export type ParseDefinitionResult = { ok: true; definition: Definition } | { ok: false; problems: DefinitionProblem[] };

export function parseDefinition(json: unknown): ParseDefinitionResult {
  const result = definitionSchema.safeParse(json);
  if (result.success) return { ok: true, definition: result.data };
  return { ok: false, problems: toProblems(result.error.issues, []) };
}

/** `["redFlagRules", 0, "when", "item"]` → `redFlagRules[0].when.item`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return out ? `${out}.${name}` : name;
    return `${out}[${JSON.stringify(name)}]`;
  }, "");
}

function toProblems(issues: readonly z.core.$ZodIssue[], base: readonly PropertyKey[]): DefinitionProblem[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === "invalid_union") {
      const branch = closestBranch(issue.errors);
      if (branch) return toProblems(branch, path);
      if (path[path.length - 1] === "type") {
        return [
          {
            path: formatPath(path),
            message: `Unknown question type; use one of ${Object.keys(TYPE_NAMES).join(", ")}`,
          },
        ];
      }
    }
    return [{ path: formatPath(path), message: plainMessage(issue, path) }];
  });
}

/**
 * A union's error lists every branch's failures. The branch the author meant is the one whose
 * shape fits best (fewest unknown or missing fields at its top), then the one that got deepest.
 */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  let best: readonly z.core.$ZodIssue[] | undefined;
  let bestScore: readonly number[] = [];
  for (const branch of branches) {
    if (branch.length === 0) continue;
    const mismatch = branch.reduce(
      (n, i) => n + (i.code === "unrecognized_keys" ? i.keys.length : isMissing(i) && i.path.length === 1 ? 1 : 0),
      0,
    );
    const depth = Math.max(...branch.map((i) => i.path.length));
    const score = [mismatch, -depth, branch.length];
    if (!best || lexLess(score, bestScore)) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === "invalid_type" && / received undefined$/.test(issue.message);
}

function plainMessage(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (isMissing(issue) && last !== undefined) return `"${String(last)}" is missing`;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return issue.keys.length === 1 ? `Unknown field ${keys}` : `Unknown fields ${keys}`;
  }
  return issue.message;
}

/** To the checks a computed value is a read-only whole-number answer under its own id. */
function asNumberItem(computed: ComputedValue): Item {
  return { id: computed.id, type: "number", text: computed.title, required: false, integer: true };
}
