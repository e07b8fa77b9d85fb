import type { PainRegionId } from "../../pain-map/regions";

export const SNOMED = "http://snomed.info/sct";
export const LOINC = "http://loinc.org";

export type StandardCoding = { system: string; code: string; display: string };

const sct = (code: string, display: string): StandardCoding => ({ system: SNOMED, code, display });

/**
 * SNOMED CT body structures for the body-map regions, where one names the region (or the lateralised
 * structure that holds it: a shin is coded as that side's lower leg). Regions with no such concept
 * (front/back of neck, upper/middle back by side, back of arm) have none rather than a vaguer guess.
 * Codes and displays as published in the SNOMED CT International edition, cross-checked against FHIR
 * IG value sets (eHDSI Body Site expansion of 2025-02; HL7 body-site examples); the source of each
 * code is in tests/fixtures/fhir/SOURCES.md.
 */
export const PAIN_REGION_SNOMED: Partial<Record<PainRegionId, StandardCoding>> = {
  head: sct("69536005", "Head structure"),
  "head-back": sct("43631005", "Occipital region structure"),
  "shoulder-right": sct("91774008", "Structure of right shoulder region"),
  "shoulder-left": sct("91775009", "Structure of left shoulder region"),
  "shoulder-back-right": sct("91774008", "Structure of right shoulder region"),
  "shoulder-back-left": sct("91775009", "Structure of left shoulder region"),
  chest: sct("51185008", "Thoracic structure"),
  "arm-right": sct("6921000", "Structure of right upper limb"),
  "arm-left": sct("80768000", "Structure of left upper limb"),
  abdomen: sct("818983003", "Abdomen"),
  "hip-right": sct("287579007", "Right hip region structure"),
  "hip-left": sct("287679003", "Left hip region structure"),
  groin: sct("26893007", "Inguinal region structure"),
  "thigh-front-right": sct("11207009", "Structure of right thigh"),
  "thigh-front-left": sct("61396006", "Structure of left thigh"),
  "thigh-back-right": sct("11207009", "Structure of right thigh"),
  "thigh-back-left": sct("61396006", "Structure of left thigh"),
  "shin-right": sct("32696007", "Structure of right lower leg"),
  "shin-left": sct("48979004", "Structure of left lower leg"),
  "lower-leg-right": sct("722116009", "Structure of calf of right lower leg"),
  "lower-leg-left": sct("722115008", "Structure of calf of left lower leg"),
  "foot-right": sct("7769000", "Structure of right foot"),
  "foot-left": sct("22335008", "Structure of left foot"),
  "heel-right": sct("723607002", "Structure of right heel"),
  "heel-left": sct("723606006", "Structure of left heel"),
  "lower-back-right": sct("1017211000", "Structure of right lumbar region of back"),
  "lower-back-left": sct("1017210004", "Structure of left lumbar region of back"),
  "buttock-right": sct("723980000", "Structure of right buttock"),
  "buttock-left": sct("723979003", "Structure of left buttock"),
};

/** What a marked region is filed as: pain at that body site. */
export const PAIN_FINDING = sct("22253000", "Pain (finding)");

/**
 * LOINC's STarT Back Screening Tool panel (91349-1, LOINC 2.66+): total score, distress subscore
 * (the "psychosocial" subscale, items 5–9) and risk level with its normative answer list LL3578-3.
 */
export const START_BACK = {
  total: { system: LOINC, code: "91351-7", display: "Total score [STarT Back]" },
  distress: { system: LOINC, code: "91350-9", display: "Distress subscore [STarT Back]" },
  riskLevel: { system: LOINC, code: "91352-5", display: "STarT Back Screening risk level" },
  risk: {
    "High risk": { system: LOINC, code: "LA9193-9", display: "High" },
    "Medium risk": { system: LOINC, code: "LA8982-6", display: "Medium" },
    "Low risk": { system: LOINC, code: "LA9194-7", display: "Low" },
  } as Record<string, StandardCoding | undefined>,
} as const;

/** The default set's STarT Back score: its id and its distress subscale, as the default set names them. */
export const isStartBack = (score: { id: string }) => score.id === "start_back";
export const START_BACK_DISTRESS_SUBSCALE = "psychosocial";
