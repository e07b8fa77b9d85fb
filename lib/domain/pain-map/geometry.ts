/**
 * Where each body-map region is drawn on a 200 × 452 canvas, and the body outline: the same picture the patient
 * marked (the intake's interactive map and the clinician's read-only view both draw from these). The front view faces the viewer, so the patient's left is on
 * the viewer's right; the back view shows their left on the viewer's left.
 */
import type { PainRegionId } from "./regions";

export type RegionBox = { x: number; y: number; w: number; h: number };

export const REGION_BOXES: Record<PainRegionId, RegionBox> = {
  "shoulder-right": { x: 48, y: 64, w: 32, h: 28 },
  "shoulder-left": { x: 120, y: 64, w: 32, h: 28 },
  chest: { x: 70, y: 72, w: 60, h: 60 },
  abdomen: { x: 68, y: 134, w: 64, h: 58 },
  groin: { x: 76, y: 194, w: 48, h: 34 },
  "thigh-front-right": { x: 62, y: 232, w: 36, h: 90 },
  "thigh-front-left": { x: 102, y: 232, w: 36, h: 90 },
  "foot-right": { x: 56, y: 402, w: 40, h: 32 },
  "foot-left": { x: 104, y: 402, w: 40, h: 32 },
  neck: { x: 84, y: 42, w: 32, h: 24 },
  "upper-back-left": { x: 62, y: 68, w: 37, h: 38 },
  "upper-back-right": { x: 101, y: 68, w: 37, h: 38 },
  "mid-back-left": { x: 64, y: 108, w: 35, h: 40 },
  "mid-back-right": { x: 101, y: 108, w: 35, h: 40 },
  "lower-back-left": { x: 64, y: 150, w: 35, h: 40 },
  "lower-back-right": { x: 101, y: 150, w: 35, h: 40 },
  "buttock-left": { x: 62, y: 192, w: 37, h: 40 },
  "buttock-right": { x: 101, y: 192, w: 37, h: 40 },
  "thigh-back-left": { x: 62, y: 234, w: 36, h: 88 },
  "thigh-back-right": { x: 102, y: 234, w: 36, h: 88 },
  "lower-leg-left": { x: 64, y: 326, w: 32, h: 74 },
  "lower-leg-right": { x: 104, y: 326, w: 32, h: 74 },
};

// Half a silhouette, top of the neck round the outside to the crotch; mirrored for the other half.
const HALF: readonly (readonly [number, number])[] = [
  [90, 46],
  [89, 58],
  [58, 64],
  [45, 76],
  [39, 110],
  [33, 160],
  [27, 225],
  [31, 240],
  [42, 238],
  [46, 225],
  [52, 165],
  [60, 118],
  [64, 150],
  [62, 195],
  [58, 230],
  [58, 280],
  [62, 330],
  [63, 398],
  [54, 428],
  [58, 436],
  [97, 436],
  [97, 405],
  [96, 330],
  [99, 250],
  [100, 246],
];

/** SVG polygon points of the body outline. */
export const BODY_OUTLINE = [...HALF, ...[...HALF].reverse().map(([x, y]) => [200 - x, y] as const)]
  .map(([x, y]) => `${x},${y}`)
  .join(" ");
