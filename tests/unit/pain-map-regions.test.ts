import { describe, expect, it } from "vitest";
import { PAIN_REGIONS, PAIN_REGION_IDS, type PainView } from "../../lib/domain/pain-map/regions";
import { BODY_OUTLINE, CANVAS, HEAD, MIN_REGION_SIDE, REGION_BOXES } from "../../lib/domain/pain-map/geometry";

const inView = (view: PainView) => PAIN_REGIONS.filter((r) => r.view === view);
const box = (id: (typeof PAIN_REGION_IDS)[number]) => REGION_BOXES[id];
const centre = (id: (typeof PAIN_REGION_IDS)[number]) => ({
  x: box(id).x + box(id).w / 2,
  y: box(id).y + box(id).h / 2,
});

const outline = BODY_OUTLINE.split(" ").map((p) => p.split(",").map(Number) as [number, number]);
function onTheBody({ x, y }: { x: number; y: number }): boolean {
  if ((x - HEAD.cx) ** 2 + (y - HEAD.cy) ** 2 <= HEAD.r ** 2) return true;
  let inside = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [xi, yi] = outline[i]!;
    const [xj, yj] = outline[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// The regions of v2, already stored in submissions: each must still exist and still be drawn.
const V2_REGION_IDS = [
  "neck",
  "shoulder-left",
  "shoulder-right",
  "chest",
  "abdomen",
  "groin",
  "upper-back-left",
  "upper-back-right",
  "mid-back-left",
  "mid-back-right",
  "lower-back-left",
  "lower-back-right",
  "buttock-left",
  "buttock-right",
  "thigh-front-left",
  "thigh-front-right",
  "thigh-back-left",
  "thigh-back-right",
  "lower-leg-left",
  "lower-leg-right",
  "foot-left",
  "foot-right",
];

describe("the body map", () => {
  it("covers the whole body, front and back", () => {
    const labels = (view: PainView) =>
      inView(view)
        .map((r) => r.label.toLowerCase())
        .join(" | ");
    for (const part of ["head", "neck", "shoulder", "arm", "chest", "abdomen", "hip", "thigh", "shin", "foot"]) {
      expect(labels("front"), `front: ${part}`).toContain(part);
    }
    for (const part of [
      "head",
      "neck",
      "shoulder",
      "arm",
      "upper back",
      "lower back",
      "buttock",
      "thigh",
      "calf",
      "heel",
    ]) {
      expect(labels("back"), `back: ${part}`).toContain(part);
    }
  });

  it("keeps every region a stored submission may name", () => {
    expect(PAIN_REGION_IDS).toEqual(expect.arrayContaining(V2_REGION_IDS));
  });

  it("has unique ids and labels, each region with a box on the canvas", () => {
    expect(new Set(PAIN_REGION_IDS).size).toBe(PAIN_REGION_IDS.length);
    expect(new Set(PAIN_REGIONS.map((r) => r.label)).size).toBe(PAIN_REGIONS.length);
    expect(Object.keys(REGION_BOXES).sort()).toEqual([...PAIN_REGION_IDS].sort());
    for (const id of PAIN_REGION_IDS) {
      const b = box(id);
      expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= CANVAS.width && b.y + b.h <= CANVAS.height, id).toBe(true);
    }
  });

  it("makes every region a target of at least 24 × 24 px at the 256 px the map is drawn", () => {
    expect(MIN_REGION_SIDE * (256 / CANVAS.width)).toBeGreaterThanOrEqual(24);
    for (const id of PAIN_REGION_IDS) {
      expect(Math.min(box(id).w, box(id).h), id).toBeGreaterThanOrEqual(MIN_REGION_SIDE);
    }
  });

  it("never lets two regions of one view overlap, so a tap marks the area under the finger", () => {
    for (const view of ["front", "back"] as const) {
      const regions = inView(view);
      for (const [i, a] of regions.entries()) {
        for (const b of regions.slice(i + 1)) {
          const [p, q] = [box(a.id), box(b.id)];
          const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
          expect(overlap, `${a.id} and ${b.id}`).toBe(false);
        }
      }
    }
  });

  it("draws every region on the body", () => {
    for (const id of PAIN_REGION_IDS) expect(onTheBody(centre(id)), id).toBe(true);
  });

  it("puts the regions in keyboard order: top to bottom, then left to right as the picture is seen", () => {
    for (const view of ["front", "back"] as const) {
      const ids = inView(view).map((r) => r.id);
      const reading = [...ids].sort((a, b) => box(a).y - box(b).y || box(a).x - box(b).x);
      expect(ids, view).toEqual(reading);
    }
    expect(
      inView("front")
        .map((r) => r.id)
        .slice(0, 5),
    ).toEqual(["head", "neck-front", "shoulder-right", "chest", "shoulder-left"]);
  });

  it("shows the patient's right on the viewer's left from the front, and their left on the viewer's left from behind", () => {
    for (const region of PAIN_REGIONS) {
      const side = /(^|-)right$/.test(region.id) ? "right" : /(^|-)left$/.test(region.id) ? "left" : undefined;
      if (!side) continue;
      const onViewersLeft = centre(region.id).x < CANVAS.width / 2;
      expect(onViewersLeft, region.id).toBe(region.view === "front" ? side === "right" : side === "left");
    }
  });
});
