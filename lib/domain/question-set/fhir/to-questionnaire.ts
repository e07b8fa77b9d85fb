import type { Condition, Definition, Item, LocaleText, Section } from "../definition-schema";
import { PAIN_REGIONS } from "../../pain-map/regions";
import {
  canonicalBaseFrom,
  computerName,
  optionCodingSystem,
  optionSystem,
  painRegionSystem,
  questionnaireUrl,
} from "./canonical";
import { conditionToFhir, type ItemInfo } from "./condition-to-fhir";
import {
  EXT,
  STD,
  itemControl,
  type FhirAnswerValue,
  type FhirExtension,
  type FhirItem,
  type FhirQuestionnaire,
} from "./extensions";
import { scoreGroup } from "./score-items";
import { toExtension } from "./structured-extension";
import { translationsElement } from "./translations";

const hasOtherLocales = (text: LocaleText | undefined) => !!text && Object.keys(text).some((k) => k !== "en");
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

export type ExportMeta = {
  version?: number;
  status?: "DRAFT" | "PUBLISHED" | "RETIRED";
  /** FHIR_CANONICAL_BASE (or the app's URL): the Questionnaire's url and its option code systems hang off it. */
  canonicalBase?: string;
};

type Context = { base: string; key: string; info: ItemInfo };

/**
 * A version as a FHIR R4 Questionnaire: sections become groups, questions items with linkId = our id,
 * scores SDC calculated items. `questionnaireToDefinition` reads it back to an equal definition.
 */
export function definitionToQuestionnaire(definition: Definition, meta: ExportMeta = {}): FhirQuestionnaire {
  const base = meta.canonicalBase ?? canonicalBaseFrom({});
  const ctx: Context = { base, key: definition.key, info: itemInfo(definition, base) };
  const extension: FhirExtension[] = [
    toExtension(EXT.redFlagRules, definition.redFlagRules),
    toExtension(EXT.scores, definition.scores),
  ];
  if (definition.constraints.length) extension.push(toExtension(EXT.constraints, definition.constraints));
  if (definition.computed?.length) extension.push(toExtension(EXT.computed, definition.computed));
  if (definition.instruments?.length) extension.push(toExtension(EXT.instruments, definition.instruments));
  if (definition.languages?.length) extension.push(toExtension(EXT.languages, definition.languages));
  if (hasOtherLocales(definition.description) || hasOtherLocales(definition.title)) {
    extension.push(toExtension(EXT.description, { title: definition.title, description: definition.description }));
  }
  const items = definition.sections.map((s) => sectionToItem(s, ctx));
  const scores = scoreGroup(definition);
  if (scores) items.push(scores);
  const q: FhirQuestionnaire = {
    resourceType: "Questionnaire",
    ...(FHIR_ID.test(definition.key) && { id: definition.key }),
    url: questionnaireUrl(base, definition.key),
    ...(meta.version !== undefined && { version: String(meta.version) }),
    name: computerName(definition.key),
    title: definition.title.en,
    ...withTranslations("_title", definition.title),
    status: meta.status === "PUBLISHED" ? "active" : meta.status === "RETIRED" ? "retired" : "draft",
    ...(definition.description && { description: definition.description.en }),
    extension,
    item: items,
  };
  return q;
}

/** Which code system each choice question's option codings use, for answers and conditions alike. */
export function itemInfo(definition: Definition, base: string): ItemInfo {
  const items = new Map(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  return (id) => {
    const item = items.get(id);
    if (!item) return undefined;
    if (item.type === "single" || item.type === "multi")
      return { item, system: optionSystem(base, definition.key, id) };
    if (item.type === "painmap") return { item, system: painRegionSystem(base) };
    return { item };
  };
}

function sectionToItem(section: Section, ctx: Context): FhirItem {
  const out: FhirItem = {
    linkId: section.id,
    type: "group",
    text: section.title.en,
    ...withTranslations("_text", section.title),
  };
  const settings: Record<string, unknown> = {};
  if (section.description) settings.description = section.description;
  if (hasOtherLocales(section.title)) settings.title = section.title;
  const extension: FhirExtension[] = [];
  if (Object.keys(settings).length) extension.push(toExtension(EXT.sectionSettings, settings));
  if (section.enableWhen) addCondition(out, extension, section.enableWhen, ctx);
  if (extension.length) out.extension = extension;
  out.item = section.items.map((i) => itemToFhir(i, ctx));
  // FHIR's que-1: a group needs items. A draft's empty section gets a marked placeholder, read back as empty.
  if (out.item.length === 0) {
    out.item = [
      {
        linkId: `${section.id}.empty`,
        type: "display",
        text: "(No questions in this section yet)",
        extension: [{ url: EXT.generated, valueBoolean: true }],
      },
    ];
  }
  return out;
}

function itemToFhir(item: Item, ctx: Context): FhirItem {
  const out: FhirItem = {
    linkId: item.id,
    type: fhirType(item),
    text: item.text.en,
    ...withTranslations("_text", item.text),
  };
  const extension: FhirExtension[] = [];
  const settings: Record<string, unknown> = {};
  if (hasOtherLocales(item.text)) settings.text = item.text;
  if (item.type !== "display") {
    if (item.codes?.length) out.code = item.codes.map((c) => ({ ...c }));
    if (item.required) out.required = true;
    if (item.causes) settings.causes = item.causes;
    if (item.role) settings.role = item.role;
  } else if (item.hidden) {
    extension.push({ url: STD.hidden, valueBoolean: true });
  }
  switch (item.type) {
    case "single":
    case "multi":
      out.repeats = item.type === "multi";
      if (item.type === "multi" && item.exclusiveValues) settings.exclusiveValues = item.exclusiveValues;
      out.answerOption = item.options.map((o) => {
        const option: FhirAnswerValue & { extension?: FhirExtension[] } = {
          // An option kept from another terminology keeps that terminology's system and display.
          valueCoding: {
            system: optionCodingSystem(ctx.base, ctx.key, item.id, o),
            code: o.value,
            display: o.coding?.display ?? o.label.en,
            ...withTranslations("_display", o.label),
          },
        };
        const optionSettings: Record<string, unknown> = {};
        if (o.causes) optionSettings.causes = o.causes;
        if (hasOtherLocales(o.label)) optionSettings.label = o.label;
        if (Object.keys(optionSettings).length) option.extension = [toExtension(EXT.optionSettings, optionSettings)];
        return option;
      });
      break;
    case "scale":
      settings.kind = "scale";
      settings.minLabel = item.minLabel;
      settings.maxLabel = item.maxLabel;
      if (item.causeThreshold !== undefined) settings.causeThreshold = item.causeThreshold;
      extension.push({ url: STD.minValue, valueInteger: item.min }, { url: STD.maxValue, valueInteger: item.max });
      extension.push(itemControl("slider"));
      break;
    case "number":
      if (!item.integer) settings.integer = false;
      if (item.min !== undefined)
        extension.push({ url: STD.minValue, [item.integer ? "valueInteger" : "valueDecimal"]: item.min });
      if (item.max !== undefined)
        extension.push({ url: STD.maxValue, [item.integer ? "valueInteger" : "valueDecimal"]: item.max });
      if (item.unit) {
        extension.push({ url: STD.unit, valueCoding: { display: item.unit.en } });
        if (hasOtherLocales(item.unit)) settings.unit = item.unit;
      }
      break;
    case "yesno":
      if (item.notSure) settings.notSure = true;
      break;
    case "text":
      out.maxLength = item.maxLength;
      if (item.format) settings.format = item.format;
      break;
    case "date":
      if (item.notInFuture) settings.notInFuture = true;
      if (item.notBefore) settings.notBefore = item.notBefore;
      break;
    case "painmap":
      // Coded regions any renderer can offer as a list; the itemControl names our map for those who draw it.
      settings.kind = "painmap";
      out.repeats = true;
      out.answerOption = PAIN_REGIONS.map((r) => ({
        valueCoding: { system: painRegionSystem(ctx.base), code: r.id, display: r.label },
      }));
      extension.push(itemControl("body-map", EXT.itemControlSystem));
      break;
    default:
      break;
  }
  const initial = initialToFhir(item, ctx);
  if (initial) out.initial = initial;
  if (item.enableWhen) addCondition(out, extension, item.enableWhen, ctx);
  if (Object.keys(settings).length) extension.push(toExtension(EXT.itemSettings, settings));
  if (extension.length) out.extension = extension;
  if (item.help) {
    // FHIR's way to attach help text: a child display item with itemControl "help".
    out.item = [
      {
        linkId: `${item.id}.help`,
        type: "display",
        text: item.help.en,
        ...withTranslations("_text", item.help),
        extension: [
          itemControl("help"),
          ...(hasOtherLocales(item.help) ? [toExtension(EXT.itemSettings, { help: item.help })] : []),
        ],
      },
    ];
  }
  return out;
}

/** A default answer as FHIR `initial`, typed as the item's answers are (codings exactly as its answerOption). */
function initialToFhir(item: Item, ctx: Context): FhirAnswerValue[] | undefined {
  if (!("initial" in item) || item.initial === undefined) return undefined;
  switch (item.type) {
    case "single":
    case "multi": {
      const values = Array.isArray(item.initial) ? item.initial : [item.initial];
      return values.map((value) => {
        const option = item.options.find((o) => o.value === value);
        return {
          valueCoding: {
            system: optionCodingSystem(ctx.base, ctx.key, item.id, option),
            code: value,
            display: option?.coding?.display ?? option?.label.en ?? value,
          },
        };
      });
    }
    case "yesno":
      return [{ valueBoolean: item.initial }];
    case "scale":
      return [{ valueInteger: item.initial }];
    case "number":
      return [item.integer ? { valueInteger: item.initial } : { valueDecimal: item.initial }];
    case "text":
      return [{ valueString: item.initial }];
    case "date":
      return [{ valueDate: item.initial }];
  }
}

function fhirType(item: Item): string {
  switch (item.type) {
    case "single":
    case "multi":
      return "choice";
    case "yesno":
      return "boolean";
    case "scale":
      return "integer";
    case "number":
      return item.integer ? "integer" : "decimal";
    case "text":
      return item.multiline ? "text" : "string";
    case "date":
      return "date";
    case "painmap":
      return "choice";
    case "display":
      return "display";
  }
}

/** Standard enableWhen or SDC enableWhenExpression; the exact condition rides along for our own round trip. */
function addCondition(out: FhirItem, extension: FhirExtension[], condition: Condition, ctx: Context) {
  extension.push(toExtension(EXT.condition, condition));
  const fhir = conditionToFhir(condition, ctx.info);
  if ("expression" in fhir) {
    extension.push({
      url: STD.enableWhenExpression,
      valueExpression: { language: "text/fhirpath", expression: fhir.expression },
    });
    return;
  }
  out.enableWhen = fhir.enableWhen;
  if (fhir.enableBehavior) out.enableBehavior = fhir.enableBehavior;
}

/** `{ _text: { extension: [translation…] } }` (or nothing for English-only text), to spread into a FHIR element. */
function withTranslations<K extends string>(name: K, text: LocaleText | undefined) {
  const element = translationsElement(text);
  return (element ? { [name]: element } : {}) as Partial<Record<K, { extension?: FhirExtension[] }>>;
}
