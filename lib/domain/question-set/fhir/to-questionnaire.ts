import type { Condition, Definition, Item, LeafCondition, LocaleText, Section } from "../definition-schema";
import {
  EXT,
  STD,
  type FhirAnswerValue,
  type FhirEnableWhen,
  type FhirExtension,
  type FhirItem,
  type FhirQuestionnaire,
} from "./extensions";

const json = (url: string, value: unknown): FhirExtension => ({ url, valueString: JSON.stringify(value) });
const hasOtherLocales = (text: LocaleText | undefined) => !!text && Object.keys(text).some((k) => k !== "en");

/**
 * A version as a FHIR R4 Questionnaire: sections become groups, questions items with linkId = our id.
 * `questionnaireToDefinition` reads it back to an equal definition (tested with the default set).
 */
export function definitionToQuestionnaire(
  definition: Definition,
  meta: { version?: number; status?: "DRAFT" | "PUBLISHED" | "RETIRED" } = {},
): FhirQuestionnaire {
  const extension: FhirExtension[] = [
    json(EXT.redFlagRules, definition.redFlagRules),
    json(EXT.scores, definition.scores),
  ];
  if (definition.constraints.length) extension.push(json(EXT.constraints, definition.constraints));
  if (hasOtherLocales(definition.description) || hasOtherLocales(definition.title)) {
    extension.push(json(EXT.description, { title: definition.title, description: definition.description }));
  }
  const q: FhirQuestionnaire = {
    resourceType: "Questionnaire",
    url: `urn:spine-intake:question-set:${definition.key}`,
    name: definition.key,
    title: definition.title.en,
    status: meta.status === "PUBLISHED" ? "active" : meta.status === "RETIRED" ? "retired" : "draft",
    extension,
    item: definition.sections.map(sectionToItem),
  };
  if (meta.version !== undefined) q.version = String(meta.version);
  if (definition.description) q.description = definition.description.en;
  return q;
}

function sectionToItem(section: Section): FhirItem {
  const out: FhirItem = { linkId: section.id, type: "group", text: section.title.en };
  const settings: Record<string, unknown> = {};
  if (section.description) settings.description = section.description;
  if (hasOtherLocales(section.title)) settings.title = section.title;
  const extension: FhirExtension[] = [];
  if (Object.keys(settings).length) extension.push(json(EXT.sectionSettings, settings));
  if (section.enableWhen) addCondition(out, extension, section.enableWhen);
  if (extension.length) out.extension = extension;
  out.item = section.items.map(itemToFhir);
  return out;
}

function itemToFhir(item: Item): FhirItem {
  const out: FhirItem = { linkId: item.id, type: fhirType(item), text: item.text.en };
  const extension: FhirExtension[] = [];
  const settings: Record<string, unknown> = {};
  if (hasOtherLocales(item.text)) settings.text = item.text;
  if (item.type !== "display") {
    if (item.required) out.required = true;
    if (item.causes) settings.causes = item.causes;
    if (item.role) settings.role = item.role;
  }
  switch (item.type) {
    case "single":
    case "multi":
      out.repeats = item.type === "multi";
      if (item.type === "multi" && item.exclusiveValues) settings.exclusiveValues = item.exclusiveValues;
      out.answerOption = item.options.map((o) => {
        const option: FhirAnswerValue & { extension?: FhirExtension[] } = {
          valueCoding: { code: o.value, display: o.label.en },
        };
        const optionSettings: Record<string, unknown> = {};
        if (o.causes) optionSettings.causes = o.causes;
        if (hasOtherLocales(o.label)) optionSettings.label = o.label;
        if (Object.keys(optionSettings).length) option.extension = [json(EXT.optionSettings, optionSettings)];
        return option;
      });
      break;
    case "scale":
      settings.kind = "scale";
      settings.minLabel = item.minLabel;
      settings.maxLabel = item.maxLabel;
      if (item.causeThreshold !== undefined) settings.causeThreshold = item.causeThreshold;
      extension.push({ url: STD.minValue, valueInteger: item.min }, { url: STD.maxValue, valueInteger: item.max });
      extension.push({
        url: STD.itemControl,
        valueCodeableConcept: {
          coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "slider" }],
        },
      });
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
    case "text":
      out.maxLength = item.maxLength;
      if (item.format) settings.format = item.format;
      break;
    case "date":
      if (item.notInFuture) settings.notInFuture = true;
      if (item.notBefore) settings.notBefore = item.notBefore;
      break;
    case "painmap":
      settings.kind = "painmap";
      out.repeats = true;
      break;
    default:
      break;
  }
  if (item.enableWhen) addCondition(out, extension, item.enableWhen);
  if (Object.keys(settings).length) extension.push(json(EXT.itemSettings, settings));
  if (extension.length) out.extension = extension;
  if (item.help) {
    // FHIR's way to attach help text: a child display item with itemControl "help".
    out.item = [
      {
        linkId: `${item.id}.help`,
        type: "display",
        text: item.help.en,
        extension: [
          {
            url: STD.itemControl,
            valueCodeableConcept: {
              coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help" }],
            },
          },
          ...(hasOtherLocales(item.help) ? [json(EXT.itemSettings, { help: item.help })] : []),
        ],
      },
    ];
  }
  return out;
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

const OPS: Record<LeafCondition["op"], FhirEnableWhen["operator"] | null> = {
  equals: "=",
  notEquals: "!=",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
  answered: "exists",
  includes: null,
};

/** Standard enableWhen where FHIR can say it; the exact condition always rides along in our extension. */
function addCondition(out: FhirItem, extension: FhirExtension[], condition: Condition) {
  extension.push(json(EXT.condition, condition));
  const leaves = "all" in condition ? condition.all : "any" in condition ? condition.any : [condition];
  if (!leaves.every((c) => "item" in c)) return;
  const whens = (leaves as LeafCondition[]).map(leafToFhir);
  if (whens.some((w) => w === null)) return;
  out.enableWhen = whens as FhirEnableWhen[];
  if (whens.length > 1) out.enableBehavior = "any" in condition ? "any" : "all";
}

function leafToFhir(leaf: LeafCondition): FhirEnableWhen | null {
  const op = leaf.op === "includes" ? "=" : OPS[leaf.op];
  if (!op) return null;
  if (leaf.op === "answered") return { question: leaf.item, operator: "exists", answerBoolean: true };
  const v = leaf.value;
  if (typeof v === "boolean") return { question: leaf.item, operator: op, answerBoolean: v };
  if (typeof v === "number") return { question: leaf.item, operator: op, answerDecimal: v };
  // Strings compare with option codes (choices) or typed text.
  return { question: leaf.item, operator: op, answerCoding: { code: String(v) } };
}
