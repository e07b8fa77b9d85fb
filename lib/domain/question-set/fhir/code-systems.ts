import type { Definition } from "../definition-schema";
import { PAIN_REGIONS } from "../../pain-map/regions";
import { computerName, optionSystem, painRegionSystem } from "./canonical";
import type { FhirCodeSystem } from "./extensions";
import { PAIN_REGION_SNOMED, SNOMED } from "./standard-codes";

/**
 * The code systems our option codings name: one per choice question (option values are unique only
 * within a question) and one for body-map regions. Exported beside the Questionnaire so a terminology
 * server can resolve every answer coding.
 */
export function definitionCodeSystems(definition: Definition, base: string, version?: number): FhirCodeSystem[] {
  const systems: FhirCodeSystem[] = [];
  let painMap = false;
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (item.type === "painmap") painMap = true;
      if (item.type !== "single" && item.type !== "multi") continue;
      // Options kept from another terminology are that terminology's codes, not ours.
      const own = item.options.filter((o) => !o.coding);
      if (own.length === 0) continue;
      systems.push({
        resourceType: "CodeSystem",
        url: optionSystem(base, definition.key, item.id),
        ...(version !== undefined && { version: String(version) }),
        name: computerName(`${definition.key}-${item.id}`),
        title: `${definition.title.en}: ${item.text.en}`,
        status: "active",
        content: "complete",
        caseSensitive: true,
        concept: own.map((o) => ({ code: o.value, display: o.label.en })),
      });
    }
  }
  if (painMap) systems.push(painRegionCodeSystem(base));
  return systems;
}

export function painRegionCodeSystem(base: string): FhirCodeSystem {
  return {
    resourceType: "CodeSystem",
    url: painRegionSystem(base),
    name: "PainMapRegion",
    title: "Body-map regions (left/right are the patient's own sides)",
    status: "active",
    content: "complete",
    caseSensitive: true,
    // Each region's SNOMED CT body structure, where one exists, for systems that file body sites in SNOMED CT.
    property: [{ code: "snomed-ct", uri: SNOMED, description: "SNOMED CT body structure", type: "Coding" }],
    concept: PAIN_REGIONS.map((r) => {
      const snomed = PAIN_REGION_SNOMED[r.id];
      return {
        code: r.id,
        display: r.label,
        ...(snomed && { property: [{ code: "snomed-ct", valueCoding: snomed }] }),
      };
    }),
  };
}
