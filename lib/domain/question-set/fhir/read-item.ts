import type { Condition, Item, LocaleText, Option } from "../definition-schema";
import { EXT, STD, ext, type FhirExtension, type FhirItem } from "./extensions";
import { localeTextFrom } from "./translations";
import { isObj, readExt, type ContainedOption, type ImportContext, type Obj } from "./import-context";
import { isGenerated } from "./score-items";
import { readCodes, readInitial } from "./read-initial";
import { QUESTION_ID_PATTERN } from "../id-patterns";

/**
 * One FHIR item as one of our questions, or null with a note saying why it was left out. Nothing
 * is changed silently: every FHIR feature our format cannot hold is named on the import result.
 */
export function readItem(f: FhirItem, ctx: ImportContext, groups: FhirItem[]): Item | null {
  if (isGenerated(f.extension)) return null;
  ctx.counts.items++;
  const note = (m: string) => ctx.note(f.linkId, m);
  const leaveOut = (why: string) => {
    note(why);
    ctx.counts.left++;
    return null;
  };
  const hidden = ext(f.extension, STD.hidden)?.valueBoolean === true;
  const calculated = ext(f.extension, STD.calculatedExpression)?.valueExpression?.expression;
  if (calculated !== undefined || f.readOnly === true) {
    if (calculated && /ordinal\(\)/.test(calculated) && /sum\(\)/.test(calculated)) {
      ctx.ordinalScores.push({ linkId: f.linkId, title: f.text?.trim() || f.linkId });
      ctx.counts.computed++;
      note("Calculated total imported as a score (sum of the answers' ordinal values), not as a question");
      return null;
    }
    return leaveOut(
      calculated
        ? `Calculated item not imported (our engine cannot compute "${calculated}"); it is not asked as a question`
        : "Read-only item not imported; it is not asked as a question",
    );
  }
  // A hidden display item is kept hidden; every question is asked, so a hidden one cannot be held.
  if (hidden && f.type !== "display") {
    return leaveOut(
      "Hidden question left out: every question here is shown to patients, and a hidden one is never asked",
    );
  }
  const settings = (readExt(f.extension, EXT.itemSettings, f.linkId, ctx) ?? {}) as Obj;
  const text: LocaleText = localeTextFrom(
    f.text?.trim() ?? "",
    f._text,
    isObj(settings.text) ? (settings.text as LocaleText) : undefined,
  );
  const kind = settings.kind;
  let item: Obj;
  switch (f.type) {
    case "boolean":
      item = { type: "yesno", ...(settings.notSure === true && { notSure: true }) };
      break;
    case "choice":
    case "open-choice": {
      if (kind === "painmap") {
        item = { type: "painmap" };
        break;
      }
      const options = readOptions(f, ctx);
      if (!options)
        return leaveOut(
          f.answerValueSet
            ? `Choices from a value set outside this file (${f.answerValueSet}) cannot be imported; add the options in the editor`
            : "A choice question without answer options cannot be imported",
        );
      if (f.type === "open-choice") note("Free-text answers to this choice are not kept: patients pick an option");
      item = { type: f.repeats ? "multi" : "single", options };
      if (f.repeats && Array.isArray(settings.exclusiveValues)) item.exclusiveValues = settings.exclusiveValues;
      break;
    }
    case "integer":
    case "decimal": {
      const min = numberExt(f.extension, STD.minValue);
      const max = numberExt(f.extension, STD.maxValue);
      if (kind === "scale") {
        item = {
          type: "scale",
          min: min ?? 0,
          max: max ?? 10,
          minLabel: settings.minLabel,
          maxLabel: settings.maxLabel,
        };
        if (typeof settings.causeThreshold === "number") item.causeThreshold = settings.causeThreshold;
        break;
      }
      item = { type: "number", integer: f.type === "integer" };
      if (min !== undefined) item.min = min;
      if (max !== undefined) item.max = max;
      const unit = ext(f.extension, STD.unit)?.valueCoding;
      if (isObj(settings.unit)) item.unit = settings.unit;
      else if (unit?.display || unit?.code) item.unit = { en: unit.display ?? unit.code };
      break;
    }
    case "string":
    case "text":
      item = { type: "text", maxLength: f.maxLength ?? 500 };
      if (f.type === "text") item.multiline = true;
      if (settings.format === "email" || settings.format === "phone") item.format = settings.format;
      break;
    case "date":
    case "dateTime":
      if (f.type === "dateTime") note("Date and time question imported as a date question (the time is not asked)");
      item = { type: "date" };
      if (settings.notInFuture === true) item.notInFuture = true;
      if (typeof settings.notBefore === "string") item.notBefore = settings.notBefore;
      break;
    case "display":
      item = { type: "display", ...(hidden && { hidden: true }) };
      break;
    default:
      return leaveOut(`Question type "${f.type}" cannot be imported (our format has no ${f.type} questions)`);
  }
  reportLosses(f, item, ctx);
  const out: Obj = { id: ctx.idFor(f.linkId, QUESTION_ID_PATTERN, "q"), text, ...item };
  if (item.type !== "display") {
    out.required = f.required === true;
    if (Array.isArray(settings.causes)) out.causes = settings.causes;
    if (typeof settings.role === "string") out.role = settings.role;
    const codes = readCodes(f.code);
    if (codes.length) out.codes = codes;
    const { initial, problem } = readInitial(f, item);
    if (problem) note(problem);
    if (initial !== undefined) out.initial = initial;
  } else if (f.code?.length) {
    // FHIR's que-3 forbids codes on display items: there is nothing to keep them for.
    note(`Item code ${f.code.map((c) => `${c.system ?? ""}|${c.code ?? ""}`).join(", ")} on display text not kept`);
  }
  // Help text: a child display item with itemControl "help". Other child items cannot be kept.
  for (const child of f.item ?? []) {
    const control = ext(child.extension, STD.itemControl)?.valueCodeableConcept?.coding?.[0]?.code;
    if (child.type === "display" && control === "help") {
      const help = (readExt(child.extension, EXT.itemSettings, child.linkId, ctx) ?? {}) as Obj;
      out.help = localeTextFrom(
        child.text ?? "",
        child._text,
        isObj(help.help) ? (help.help as LocaleText) : undefined,
      );
    } else {
      ctx.note(child.linkId, `Item nested under "${f.linkId}" cannot be imported; our questions have no sub-questions`);
      ctx.counts.items++;
      ctx.counts.left++;
    }
  }
  ctx.pending.push({ target: out as { enableWhen?: Condition }, from: f, groups });
  ctx.items.set(out.id as string, out as Item);
  ctx.counts.kept++;
  return out as Item;
}

/** What FHIR said about this item that our format has no place for. */
function reportLosses(f: FhirItem, item: Obj, ctx: ImportContext) {
  const note = (m: string) => ctx.note(f.linkId, m);
  if (f.repeats && item.type !== "multi" && item.type !== "painmap" && item.type !== "display") {
    note(
      `Repeating answers not kept: a ${item.type} question here takes one answer, so the patient gives one (a repeating choice becomes a multiple choice)`,
    );
  }
  if (!ext(f.extension, EXT.condition) && ext(f.extension, STD.enableWhenExpression)) {
    const expr = ext(f.extension, STD.enableWhenExpression)?.valueExpression?.expression;
    note(`Condition written in FHIRPath ("${expr}") not imported: the question is always shown`);
  }
}

function readOptions(f: FhirItem, ctx: ImportContext): Option[] | null {
  let source: ContainedOption[] = [];
  if (f.answerOption?.length) {
    for (const [n, o] of f.answerOption.entries()) {
      const value =
        o.valueCoding?.code ?? o.valueString ?? (o.valueInteger !== undefined ? String(o.valueInteger) : o.valueDate);
      if (!value) {
        ctx.note(f.linkId, `Answer option ${n + 1} has no code or value and was left out`);
        continue;
      }
      const settings = (readExt(o.extension, EXT.optionSettings, f.linkId, ctx) ?? {}) as Obj;
      const ordinal = o.extension?.find((e) => /ordinalValue|itemWeight/.test(e.url));
      const weight = ordinal?.valueDecimal ?? ordinal?.valueInteger;
      source.push({
        value,
        label: localeTextFrom(
          o.valueCoding?.display ?? value,
          o.valueCoding?._display,
          isObj(settings.label) ? (settings.label as LocaleText) : undefined,
        ),
        ...(Array.isArray(settings.causes) && { causes: settings.causes as string[] }),
        ...(o.valueCoding?.system && { system: o.valueCoding.system }),
        ...(o.valueCoding?.display !== undefined && { display: o.valueCoding.display }),
        ...(weight !== undefined && { ordinal: weight }),
      });
    }
  } else if (f.answerValueSet?.startsWith("#")) {
    const contained = ctx.valueSets.get(f.answerValueSet.slice(1));
    if (!contained?.length) return null;
    ctx.note(f.linkId, `Options taken from the value set ${f.answerValueSet} contained in the file`);
    source = contained;
  } else return null;
  if (source.length === 0) return null;
  const ordinals = source.filter((o) => o.ordinal !== undefined);
  if (ordinals.length) ctx.ordinals.set(f.linkId, Object.fromEntries(ordinals.map((o) => [o.value, o.ordinal!])));
  // A system of ours (`<base>/CodeSystem/<key>-<question id>`, canonical.ts) is made again on export, from the base
  // it is exported under; any other (LOINC, SNOMED CT, SDC's CSPHQ9) is the option's own and is kept.
  const ownSystem = (s: string) => ctx.ours && /\/CodeSystem\/[^/]+$/.test(s) && s.endsWith(`-${f.linkId}`);
  return source.map(({ value, label, causes, system, display }) => ({
    value,
    label,
    ...(causes && { causes }),
    ...(system && !ownSystem(system) && { coding: { system, ...(display !== undefined && { display }) } }),
  }));
}

function numberExt(list: FhirExtension[] | undefined, url: string): number | undefined {
  const e = ext(list, url);
  return e?.valueInteger ?? e?.valueDecimal;
}
