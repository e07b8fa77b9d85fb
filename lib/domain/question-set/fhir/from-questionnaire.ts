import type { Condition, Definition, Item, LeafCondition, LocaleText, Option, Section } from "../definition-schema";
import { EXT, STD, ext, type FhirEnableWhen, type FhirExtension, type FhirItem } from "./extensions";

/** One thing that could not be imported as it was, named by the FHIR linkId it came from. */
export type ImportNote = { linkId: string; message: string };

export type ImportResult = { ok: true; definition: Definition; notes: ImportNote[] } | { ok: false; message: string };

const ID = /^[a-z][a-z0-9_]*$/;
const KEY = /^[a-z][a-z0-9_-]*$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a FHIR R4 Questionnaire into a draft definition. What our format cannot hold (attachments,
 * value-set-bound choices, nested groups, …) is left out or adapted, and each case is noted by linkId.
 * The result may still have problems (the meta-schema's); it becomes a draft and the editor lists them.
 */
export function questionnaireToDefinition(input: unknown, fallbackKey: string): ImportResult {
  if (!isObj(input) || input.resourceType !== "Questionnaire") {
    return { ok: false, message: 'This is not a FHIR Questionnaire (resourceType must be "Questionnaire").' };
  }
  const notes: ImportNote[] = [];
  const note = (linkId: string, message: string) => notes.push({ linkId, message });
  const q = input as {
    name?: unknown;
    title?: unknown;
    description?: unknown;
    extension?: FhirExtension[];
    item?: unknown;
  };
  const extensions = Array.isArray(q.extension) ? q.extension : [];

  // linkIds become question ids; ones our format cannot use are renamed, and conditions follow the rename.
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const idFor = (linkId: string, pattern: RegExp, kind: string) => {
    const known = ids.get(linkId);
    if (known) return known;
    let id = linkId;
    if (!pattern.test(id) || used.has(id)) {
      const base =
        linkId
          .toLowerCase()
          .replace(/[^a-z0-9_]/g, "_")
          .replace(/^[^a-z]+/, "") || kind;
      id = base;
      for (let n = 2; used.has(id) || !pattern.test(id); n++) id = `${base}_${n}`;
      note(linkId, `${kind === "q" ? "Question" : "Section"} id "${linkId}" is not allowed here; imported as "${id}"`);
    }
    ids.set(linkId, id);
    used.add(id);
    return id;
  };

  const pendingConditions: Pending = [];
  const sections: Section[] = [];
  const topItems = Array.isArray(q.item) ? (q.item as FhirItem[]) : [];
  let loose: Section | null = null;
  for (const top of topItems) {
    if (!isObj(top) || typeof top.linkId !== "string") continue;
    if (top.type === "group") {
      const section: Section = {
        id: idFor(top.linkId, KEY, "section"),
        title: { en: top.text?.trim() || top.linkId },
        items: [],
      };
      const settings = readJson(ext(top.extension, EXT.sectionSettings), top.linkId, note);
      if (isObj(settings)) {
        if (isObj(settings.description)) section.description = settings.description as LocaleText;
        if (isObj(settings.title)) section.title = settings.title as LocaleText;
      }
      pendingConditions.push({ target: section, from: top });
      for (const child of flatten(top.item ?? [], top.linkId, note)) {
        const item = readItem(child, idFor, note, pendingConditions);
        if (item) section.items.push(item);
      }
      sections.push(section);
    } else {
      // FHIR allows questions outside any group; our wizard needs a step for them.
      if (!loose) {
        loose = { id: idFor("questions", KEY, "section"), title: { en: "Questions" }, items: [] };
        sections.push(loose);
      }
      note(top.linkId, 'Question outside any group; placed in a section called "Questions"');
      const item = readItem(top, idFor, note, pendingConditions);
      if (item) loose.items.push(item);
    }
  }
  // Conditions are read once every id is known, so they can follow renames.
  for (const { target, from } of pendingConditions.splice(0)) {
    const condition = readCondition(from, ids, note);
    if (condition) target.enableWhen = condition;
  }

  const name = typeof q.name === "string" && KEY.test(q.name) ? q.name : fallbackKey;
  const titles = readJson(ext(extensions, EXT.description), "(questionnaire)", note);
  const definition: Definition = {
    key: name,
    title:
      isObj(titles) && isObj(titles.title)
        ? (titles.title as LocaleText)
        : { en: typeof q.title === "string" && q.title.trim() ? q.title : name },
    sections,
    redFlagRules: readList(ext(extensions, EXT.redFlagRules), "red-flag rules", note) as Definition["redFlagRules"],
    scores: readList(ext(extensions, EXT.scores), "scores", note) as Definition["scores"],
    constraints: readList(ext(extensions, EXT.constraints), "constraints", note) as Definition["constraints"],
  };
  if (isObj(titles) && isObj(titles.description)) definition.description = titles.description as LocaleText;
  else if (typeof q.description === "string" && q.description.trim()) definition.description = { en: q.description };
  if (!ext(extensions, EXT.redFlagRules)) {
    note("(questionnaire)", "No red-flag rules in this Questionnaire: add them in the editor before publishing");
  }
  return { ok: true, definition, notes };
}

/** Items and sections whose enableWhen is read once every id is known. */
type Pending = { target: { enableWhen?: Condition }; from: FhirItem }[];

/** Nested groups inside a section: our sections are flat, so their questions join the section. */
function flatten(items: FhirItem[], parent: string, note: (l: string, m: string) => void): FhirItem[] {
  return items.flatMap((item) => {
    if (!isObj(item)) return [];
    if (item.type === "group") {
      note(item.linkId, `Group inside section "${parent}" flattened: its questions join the section`);
      return flatten(item.item ?? [], parent, note);
    }
    return [item];
  });
}

function readItem(
  f: FhirItem,
  idFor: (linkId: string, pattern: RegExp, kind: string) => string,
  note: (l: string, m: string) => void,
  pendingConditions: Pending,
): Item | null {
  const settings = (readJson(ext(f.extension, EXT.itemSettings), f.linkId, note) ?? {}) as Obj;
  const text: LocaleText = isObj(settings.text) ? (settings.text as LocaleText) : { en: f.text?.trim() ?? "" };
  const kind = settings.kind;
  const unsupported = (why: string) => {
    note(f.linkId, why);
    return null;
  };
  let item: Obj;
  switch (f.type) {
    case "boolean":
      item = { type: "yesno" };
      break;
    case "choice":
    case "open-choice": {
      if (kind === "painmap") {
        item = { type: "painmap" };
        break;
      }
      if (!f.answerOption?.length) {
        return unsupported(
          f.answerValueSet
            ? `Choices from a value set (${f.answerValueSet}) cannot be imported; add the options in the editor`
            : "A choice question without answer options cannot be imported",
        );
      }
      if (f.type === "open-choice")
        note(f.linkId, "Free-text answers to this choice are not kept: patients pick an option");
      const options: Option[] = [];
      for (const [n, o] of f.answerOption.entries()) {
        const value =
          o.valueCoding?.code ?? o.valueString ?? (o.valueInteger !== undefined ? String(o.valueInteger) : o.valueDate);
        if (!value) {
          note(f.linkId, `Answer option ${n + 1} has no code or value and was left out`);
          continue;
        }
        const optionSettings = (readJson(ext(o.extension, EXT.optionSettings), f.linkId, note) ?? {}) as Obj;
        const option: Option = {
          value,
          label: isObj(optionSettings.label)
            ? (optionSettings.label as LocaleText)
            : { en: o.valueCoding?.display ?? value },
        };
        if (Array.isArray(optionSettings.causes)) option.causes = optionSettings.causes as string[];
        options.push(option);
      }
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
      if (f.type === "dateTime") note(f.linkId, "Date and time question imported as a date question");
      item = { type: "date" };
      if (settings.notInFuture === true) item.notInFuture = true;
      if (typeof settings.notBefore === "string") item.notBefore = settings.notBefore;
      break;
    case "display":
      item = { type: "display" };
      break;
    default:
      return unsupported(`Question type "${f.type}" cannot be imported (our format has no ${f.type} questions)`);
  }
  const out: Obj = { id: idFor(f.linkId, ID, "q"), text, ...item };
  if (item.type !== "display") {
    out.required = f.required === true;
    if (Array.isArray(settings.causes)) out.causes = settings.causes;
    if (typeof settings.role === "string") out.role = settings.role;
  }
  // Help text: a child display item with itemControl "help". Other child items cannot be kept.
  for (const child of f.item ?? []) {
    const control = ext(child.extension, STD.itemControl)?.valueCodeableConcept?.coding?.[0]?.code;
    if (child.type === "display" && control === "help") {
      const helpSettings = (readJson(ext(child.extension, EXT.itemSettings), child.linkId, note) ?? {}) as Obj;
      out.help = isObj(helpSettings.help) ? helpSettings.help : { en: child.text ?? "" };
    } else {
      note(child.linkId, `Question nested under "${f.linkId}" cannot be imported; our questions have no sub-questions`);
    }
  }
  pendingConditions.push({ target: out as { enableWhen?: Condition }, from: f });
  return out as Item;
}

function numberExt(list: FhirExtension[] | undefined, url: string): number | undefined {
  const e = ext(list, url);
  return e?.valueInteger ?? e?.valueDecimal;
}

function readJson(e: FhirExtension | undefined, linkId: string, note: (l: string, m: string) => void): unknown {
  if (!e?.valueString) return undefined;
  try {
    return JSON.parse(e.valueString);
  } catch {
    note(linkId, `Extension ${e.url} is not valid JSON and was ignored`);
    return undefined;
  }
}

function readList(e: FhirExtension | undefined, what: string, note: (l: string, m: string) => void): unknown[] {
  const value = readJson(e, "(questionnaire)", note);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    note("(questionnaire)", `The ${what} extension is not a list and was ignored`);
    return [];
  }
  return value;
}

const FROM_FHIR: Record<FhirEnableWhen["operator"], LeafCondition["op"] | null> = {
  "=": "equals",
  "!=": "notEquals",
  ">": "gt",
  ">=": "gte",
  "<": "lt",
  "<=": "lte",
  exists: "answered",
};

/** Our exact condition when we wrote one, otherwise FHIR's enableWhen list (renamed ids followed). */
function readCondition(f: FhirItem, ids: ReadonlyMap<string, string>, note: (l: string, m: string) => void) {
  const exact = readJson(ext(f.extension, EXT.condition), f.linkId, note);
  if (isObj(exact)) return renameCondition(exact as Condition, ids);
  if (!f.enableWhen?.length) return undefined;
  const leaves: Condition[] = [];
  for (const w of f.enableWhen) {
    const op = FROM_FHIR[w.operator];
    const item = ids.get(w.question) ?? w.question;
    if (!op) {
      note(f.linkId, `Condition operator "${w.operator}" cannot be imported; that comparison was left out`);
      continue;
    }
    if (op === "answered") {
      leaves.push(w.answerBoolean === false ? { not: { item, op } } : { item, op });
      continue;
    }
    const value =
      w.answerBoolean ?? w.answerDecimal ?? w.answerInteger ?? w.answerCoding?.code ?? w.answerString ?? w.answerDate;
    if (value === undefined) {
      note(f.linkId, `A condition on "${w.question}" has no answer to compare with and was left out`);
      continue;
    }
    leaves.push({ item, op, value });
  }
  if (leaves.length === 0) return undefined;
  if (leaves.length === 1) return leaves[0];
  return f.enableBehavior === "any" ? { any: leaves } : { all: leaves };
}

function renameCondition(c: Condition, ids: ReadonlyMap<string, string>): Condition {
  if ("all" in c) return { all: c.all.map((x) => renameCondition(x, ids)) };
  if ("any" in c) return { any: c.any.map((x) => renameCondition(x, ids)) };
  if ("not" in c) return { not: renameCondition(c.not, ids) };
  return { ...c, item: ids.get(c.item) ?? c.item };
}
