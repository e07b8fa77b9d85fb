/**
 * Our FHIR extension URLs. FHIR R4 Questionnaire has no place for red-flag rules, scores, cause links
 * or a few item settings, so they travel as extensions; everything FHIR can say (linkId, type, text,
 * required, answerOption, enableWhen, maxLength, min/max) is also written in the standard fields.
 */
const BASE = "https://spine-intake.org/fhir/StructureDefinition";

export const EXT = {
  redFlagRules: `${BASE}/red-flag-rules`,
  scores: `${BASE}/scores`,
  constraints: `${BASE}/constraints`,
  /** Values derived from answers (e.g. age from the date of birth), as JSON. */
  computed: `${BASE}/computed`,
  /** Licensed-instrument marks (which questions carry a registered instrument's wording), as JSON. */
  instruments: `${BASE}/licensed-instruments`,
  /** Item settings FHIR has no field for (question kind, causes, scale anchors, …), as JSON. */
  itemSettings: `${BASE}/item-settings`,
  /** The exact condition, when FHIR's flat enableWhen list cannot say it (nesting, "not", "includes" on a single choice). */
  condition: `${BASE}/condition`,
  /** Option settings (causes, non-English labels), as JSON. */
  optionSettings: `${BASE}/option-settings`,
  /** Section settings (description), as JSON. */
  sectionSettings: `${BASE}/section-settings`,
  /** The question set's description when it has non-English text, as JSON. */
  description: `${BASE}/description`,
  /** The definition's `languages` block (patient languages, translation source fingerprints), as JSON. */
  languages: `${BASE}/languages`,
  /** Marks items we generate that are not questions of the set (score items, empty-section placeholders). */
  generated: `${BASE}/generated`,
  /** itemControl code for our body map (no standard control draws one). */
  itemControlSystem: `${BASE}/item-control`,
} as const;

/** Standard FHIR extensions we write and read. */
export const STD = {
  minValue: "http://hl7.org/fhir/StructureDefinition/minValue",
  maxValue: "http://hl7.org/fhir/StructureDefinition/maxValue",
  itemControl: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
  unit: "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
  hidden: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
  ordinalValue: "http://hl7.org/fhir/StructureDefinition/ordinalValue",
  itemControlSystem: "http://hl7.org/fhir/questionnaire-item-control",
  calculatedExpression: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
  enableWhenExpression: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression",
  variable: "http://hl7.org/fhir/StructureDefinition/variable",
} as const;

export type FhirCoding = { system?: string; code?: string; display?: string };

export type FhirExtension = {
  url: string;
  extension?: FhirExtension[];
  valueBoolean?: boolean;
  valueCode?: string;
  valueExpression?: { language: string; expression: string; description?: string; name?: string };
  valueString?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueCoding?: { system?: string; code?: string; display?: string };
  valueCodeableConcept?: { coding?: { system?: string; code?: string; display?: string }[] };
};

export type FhirAnswerValue = {
  valueCoding?: { system?: string; code?: string; display?: string; _display?: { extension?: FhirExtension[] } };
  valueString?: string;
  valueInteger?: number;
  valueDate?: string;
  valueDecimal?: number;
  valueBoolean?: boolean;
};

export type FhirEnableWhen = {
  question: string;
  operator: "exists" | "=" | "!=" | ">" | "<" | ">=" | "<=";
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerString?: string;
  answerCoding?: { system?: string; code?: string; display?: string };
};

export type FhirItem = {
  linkId: string;
  type: string;
  text?: string;
  /** Translations of `text` (standard translation extension). */
  _text?: { extension?: FhirExtension[] };
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  code?: FhirCoding[];
  initial?: FhirAnswerValue[];
  answerOption?: (FhirAnswerValue & { extension?: FhirExtension[] })[];
  answerValueSet?: string;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: "all" | "any";
  extension?: FhirExtension[];
  item?: FhirItem[];
};

export type FhirQuestionnaire = {
  resourceType: "Questionnaire";
  id?: string;
  url?: string;
  name?: string;
  title?: string;
  _title?: { extension?: FhirExtension[] };
  version?: string;
  status: "draft" | "active" | "retired" | "unknown";
  description?: string;
  extension?: FhirExtension[];
  contained?: FhirCodeSystem[];
  item?: FhirItem[];
};

export type FhirCodeSystem = {
  resourceType: "CodeSystem";
  id?: string;
  url: string;
  version?: string;
  name: string;
  title?: string;
  status: "draft" | "active" | "retired" | "unknown";
  content: "complete";
  caseSensitive: true;
  property?: { code: string; uri?: string; description?: string; type: "Coding" }[];
  concept: {
    code: string;
    display: string;
    property?: { code: string; valueCoding: { system: string; code: string; display?: string } }[];
  }[];
};

export const itemControl = (code: string, system: string = STD.itemControlSystem): FhirExtension => ({
  url: STD.itemControl,
  valueCodeableConcept: { coding: [{ system, code }] },
});

export const ext = (list: readonly FhirExtension[] | undefined, url: string) => list?.find((e) => e.url === url);
