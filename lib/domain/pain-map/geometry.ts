/**
 * Where each body-map region is drawn on a 200 × 452 canvas, and the body outline: the same picture the patient
 * marked (the intake's interactive map and the clinician's read-only view both draw from these). The front view
 * faces the viewer, so the patient's left is on the viewer's right; the back view shows their left on the viewer's
 * left. Both views share one outline, with the arms held a little away from the body so that they can be tapped.
 *
 * Sizes: the map is drawn at most 256 px wide (1.28 px per unit), so every box is at least 20 units on each side
 * for a 24 × 24 px target (WCAG 2.2 target size, minimum); no two boxes of a view overlap. Boxes on one row share
 * their `y`, which is what puts them in reading order (see regions.ts).
 */
import type { PainRegionId } from "./regions";

export type RegionBox = { x: number; y: number; w: number; h: number };

export const CANVAS = { width: 200, height: 452 } as const;

/** The head, drawn as a circle above the outline. */
export const HEAD = { cx: 100, cy: 24, r: 20 } as const;

/** The smallest side of a region box, in canvas units (20 × 1.28 px = 25.6 px). */
export const MIN_REGION_SIDE = 20;

// Down to the fingertips: "arm or hand".
const ARM = { y: 94, w: 26, h: 156 } as const;
const SHOULDER = { y: 64, w: 26, h: 28 } as const;

export const REGION_BOXES: Record<PainRegionId, RegionBox> = {
  // Front.
  head: { x: 80, y: 4, w: 40, h: 36 },
  "neck-front": { x: 84, y: 42, w: 32, h: 20 },
  "shoulder-right": { x: 38, ...SHOULDER },
  chest: { x: 66, y: 64, w: 68, h: 72 },
  "shoulder-left": { x: 136, ...SHOULDER },
  "arm-right": { x: 30, ...ARM },
  "arm-left": { x: 144, ...ARM },
  abdomen: { x: 66, y: 138, w: 68, h: 56 },
  "hip-right": { x: 60, y: 196, w: 24, h: 32 },
  groin: { x: 86, y: 196, w: 28, h: 32 },
  "hip-left": { x: 116, y: 196, w: 24, h: 32 },
  "thigh-front-right": { x: 60, y: 230, w: 38, h: 90 },
  "thigh-front-left": { x: 102, y: 230, w: 38, h: 90 },
  "shin-right": { x: 62, y: 324, w: 34, h: 74 },
  "shin-left": { x: 104, y: 324, w: 34, h: 74 },
  "foot-right": { x: 56, y: 402, w: 40, h: 32 },
  "foot-left": { x: 104, y: 402, w: 40, h: 32 },
  // Back.
  "head-back": { x: 80, y: 4, w: 40, h: 36 },
  neck: { x: 84, y: 42, w: 32, h: 20 },
  "shoulder-back-left": { x: 38, ...SHOULDER },
  "upper-back-left": { x: 66, y: 64, w: 33, h: 42 },
  "upper-back-right": { x: 101, y: 64, w: 33, h: 42 },
  "shoulder-back-right": { x: 136, ...SHOULDER },
  "arm-back-left": { x: 30, ...ARM },
  "arm-back-right": { x: 144, ...ARM },
  "mid-back-left": { x: 66, y: 108, w: 33, h: 40 },
  "mid-back-right": { x: 101, y: 108, w: 33, h: 40 },
  "lower-back-left": { x: 66, y: 150, w: 33, h: 42 },
  "lower-back-right": { x: 101, y: 150, w: 33, h: 42 },
  "buttock-left": { x: 60, y: 194, w: 39, h: 38 },
  "buttock-right": { x: 101, y: 194, w: 39, h: 38 },
  "thigh-back-left": { x: 60, y: 234, w: 38, h: 88 },
  "thigh-back-right": { x: 102, y: 234, w: 38, h: 88 },
  "lower-leg-left": { x: 62, y: 326, w: 34, h: 72 },
  "lower-leg-right": { x: 104, y: 326, w: 34, h: 72 },
  "heel-left": { x: 56, y: 402, w: 40, h: 32 },
  "heel-right": { x: 104, y: 402, w: 40, h: 32 },
};

// Half a silhouette, from the neck under the chin round the outside (shoulder, arm, hand, armpit, side, leg,
// foot) to the crotch; mirrored for the other half.
const HALF: readonly (readonly [number, number])[] = [
  [90, 42],
  [89, 60],
  [66, 63],
  [46, 69],
  [38, 80],
  [33, 130],
  [28, 200],
  [25, 238],
  [29, 252],
  [44, 252],
  [48, 238],
  [52, 200],
  [56, 150],
  [59, 118],
  [63, 104],
  [65, 150],
  [61, 196],
  [58, 232],
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
export const BODY_OUTLINE = [...HALF, ...[...HALF].reverse().map(([x, y]) => [CANVAS.width - x, y] as const)]
  .map(([x, y]) => `${x},${y}`)
  .join(" ");
