/**
 * Body-map regions a patient can mark, front and back, head to feet. Left/right are the patient's own sides, so
 * the front view shows "left" on the viewer's right.
 *
 * Each view's list is in the order a keyboard reaches the regions: top to bottom, then left to right as the
 * patient sees the picture (tests/unit/pain-map-regions.test.ts holds the order to the drawing in geometry.ts).
 * Ids are stored in submissions: never rename or remove one, only add (an old submission must still show what the
 * patient marked). The FHIR code system and the answer check read this list.
 */
export type PainView = "front" | "back";

export const PAIN_REGIONS = [
  // Front, facing the viewer: the patient's right is on the left of the picture.
  { id: "head", label: "Head or face", view: "front" },
  { id: "neck-front", label: "Front of neck", view: "front" },
  { id: "shoulder-right", label: "Right shoulder", view: "front" },
  { id: "chest", label: "Chest", view: "front" },
  { id: "shoulder-left", label: "Left shoulder", view: "front" },
  { id: "arm-right", label: "Right arm or hand", view: "front" },
  { id: "arm-left", label: "Left arm or hand", view: "front" },
  { id: "abdomen", label: "Abdomen (belly)", view: "front" },
  { id: "hip-right", label: "Right hip", view: "front" },
  { id: "groin", label: "Groin", view: "front" },
  { id: "hip-left", label: "Left hip", view: "front" },
  { id: "thigh-front-right", label: "Front of right thigh", view: "front" },
  { id: "thigh-front-left", label: "Front of left thigh", view: "front" },
  { id: "shin-right", label: "Right shin", view: "front" },
  { id: "shin-left", label: "Left shin", view: "front" },
  { id: "foot-right", label: "Right foot", view: "front" },
  { id: "foot-left", label: "Left foot", view: "front" },
  // Back, seen from behind: the patient's left is on the left of the picture.
  { id: "head-back", label: "Back of head", view: "back" },
  { id: "neck", label: "Back of neck", view: "back" },
  { id: "shoulder-back-left", label: "Back of left shoulder", view: "back" },
  { id: "upper-back-left", label: "Upper back, left", view: "back" },
  { id: "upper-back-right", label: "Upper back, right", view: "back" },
  { id: "shoulder-back-right", label: "Back of right shoulder", view: "back" },
  { id: "arm-back-left", label: "Back of left arm", view: "back" },
  { id: "arm-back-right", label: "Back of right arm", view: "back" },
  { id: "mid-back-left", label: "Middle back, left", view: "back" },
  { id: "mid-back-right", label: "Middle back, right", view: "back" },
  { id: "lower-back-left", label: "Lower back, left", view: "back" },
  { id: "lower-back-right", label: "Lower back, right", view: "back" },
  { id: "buttock-left", label: "Left buttock", view: "back" },
  { id: "buttock-right", label: "Right buttock", view: "back" },
  { id: "thigh-back-left", label: "Back of left thigh", view: "back" },
  { id: "thigh-back-right", label: "Back of right thigh", view: "back" },
  { id: "lower-leg-left", label: "Left calf", view: "back" },
  { id: "lower-leg-right", label: "Right calf", view: "back" },
  { id: "heel-left", label: "Left heel or sole", view: "back" },
  { id: "heel-right", label: "Right heel or sole", view: "back" },
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
