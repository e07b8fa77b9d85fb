/**
 * The checks a zod shape cannot make: ids that are unique and exist, causes and options that are real, conditions that
 * fit the question they name, and no circle among show-when conditions. Each problem has a path and plain words.
 */
import { CAUSE_IDS } from "../causes/catalog";
import type { ComputedValue } from "./computed-value-schema";
import { computedValueProblems } from "./computed-values";
import { licensedInstrumentProblems } from "./licensed-instruments";
import type { Condition } from "./condition-schema";
import { conditionCycles } from "./condition-cycles";
import { leafProblem } from "./condition-fit";
import { initialAnswerProblems } from "./initial-answers";
import type { Definition, Item } from "./definition-shape";
import { duplicates, type ProblemPath as Path, type RawProblem } from "./definition-problem";
import { roleProblems } from "./role-problems";
import { scoreProblems } from "./score-problems";

const CAUSES = new Set<string>(CAUSE_IDS);

export function crossReferenceProblems(def: Definition): RawProblem[] {
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
  const computedFrom = new Map((def.computed ?? []).map((c) => [c.id, c.from]));

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
    const source = computedFrom.get(cond.item);
    if (source !== undefined && ownItems.has(source)) {
      return report(
        [...path, "item"],
        `${owner} depends on "${cond.item}", which is worked out from its own question "${source}", so it could never be shown`,
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

  // Hidden text (FHIR's questionnaire-hidden, kept from an import) is never on screen, so a section of only that is
  // no step of the patient's form (intake-flow/shown-sections.ts); a set of only such sections would take a patient
  // from consent straight to "send" with nothing asked.
  if (def.sections.every((s) => s.items.every((i) => i.type === "display" && i.hidden === true)))
    report(
      ["sections"],
      "patients would see no step between consent and sending: every section holds only hidden text; add a question or text patients read",
    );

  conditionCycles(def).forEach((cycle) => report(cycle.path, cycle.message));
  roleProblems(def).forEach((p) => report(p.path, p.message));
  problems.push(...initialAnswerProblems(def));

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

/** To the checks a computed value is a read-only whole-number answer under its own id. */
function asNumberItem(computed: ComputedValue): Item {
  return { id: computed.id, type: "number", text: computed.title, required: false, integer: true };
}
