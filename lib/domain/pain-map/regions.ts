/**
 * Body-map regions a patient can mark. Left/right are the patient's own sides, so the
 * front view shows "left" on the viewer's right.
 */
export type PainView = "front" | "back";

export const PAIN_REGIONS = [
  { id: "neck", label: "Neck", view: "back" },
  { id: "shoulder-left", label: "Left shoulder", view: "front" },
  { id: "shoulder-right", label: "Right shoulder", view: "front" },
  { id: "chest", label: "Chest", view: "front" },
  { id: "abdomen", label: "Abdomen (belly)", view: "front" },
  { id: "groin", label: "Groin", view: "front" },
  { id: "upper-back-left", label: "Upper back, left", view: "back" },
  { id: "upper-back-right", label: "Upper back, right", view: "back" },
  { id: "mid-back-left", label: "Middle back, left", view: "back" },
  { id: "mid-back-right", label: "Middle back, right", view: "back" },
  { id: "lower-back-left", label: "Lower back, left", view: "back" },
  { id: "lower-back-right", label: "Lower back, right", view: "back" },
  { id: "buttock-left", label: "Left buttock", view: "back" },
  { id: "buttock-right", label: "Right buttock", view: "back" },
  { id: "thigh-front-left", label: "Front of left thigh", view: "front" },
  { id: "thigh-front-right", label: "Front of right thigh", view: "front" },
  { id: "thigh-back-left", label: "Back of left thigh", view: "back" },
  { id: "thigh-back-right", label: "Back of right thigh", view: "back" },
  { id: "lower-leg-left", label: "Left lower leg (calf)", view: "back" },
  { id: "lower-leg-right", label: "Right lower leg (calf)", view: "back" },
  { id: "foot-left", label: "Left foot", view: "front" },
  { id: "foot-right", label: "Right foot", view: "front" },
] as const satisfies readonly { id: string; label: string; view: PainView }[];

export type PainRegionId = (typeof PAIN_REGIONS)[number]["id"];

export const PAIN_REGION_IDS: readonly PainRegionId[] = PAIN_REGIONS.map((r) => r.id);

const labels: ReadonlyMap<string, string> = new Map(PAIN_REGIONS.map((r) => [r.id, r.label]));

export function isPainRegionId(id: string): id is PainRegionId {
  return labels.has(id);
}

export function painRegionLabel(id: string): string {
  return labels.get(id) ?? id;
}
