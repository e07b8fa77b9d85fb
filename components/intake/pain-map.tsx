"use client";

import { useRef, type KeyboardEvent } from "react";
import { PAIN_REGIONS, painRegionLabel, type PainView } from "@/lib/domain/pain-map/regions";
import { FieldSet } from "@/components/ui/field";

type Box = { x: number; y: number; w: number; h: number };

/**
 * Where each region sits on a 200 × 440 body. The front view faces the patient, so their left is on the
 * viewer's right; the back view shows their left on the viewer's left, as if standing behind them.
 */
const BOXES: Record<(typeof PAIN_REGIONS)[number]["id"], Box> = {
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
const HALF: [number, number][] = [
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
const OUTLINE = [...HALF, ...[...HALF].reverse().map(([x, y]) => [200 - x, y] as const)]
  .map(([x, y]) => `${x},${y}`)
  .join(" ");

const VIEWS: { view: PainView; title: string; sides: [string, string] }[] = [
  { view: "front", title: "Front of your body", sides: ["Your right", "Your left"] },
  { view: "back", title: "Back of your body", sides: ["Your left", "Your right"] },
];

type Props = {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
};

/**
 * The body map: every region is a checkbox a screen reader can name and a keyboard can toggle with
 * Space or Enter, and the choice is repeated as a plain list with remove buttons, so nobody has to read
 * the picture to know what they marked.
 */
export function PainMap({ id, legend, hint, error, required, value, onChange, onBlur }: Props) {
  const selected = new Set(value);
  const listRef = useRef<HTMLUListElement>(null);
  const toggle = (regionId: string) =>
    onChange(selected.has(regionId) ? value.filter((v) => v !== regionId) : [...value, regionId]);

  function onKeyDown(event: KeyboardEvent<SVGRectElement>, regionId: string) {
    if (event.key === " " || event.key === "Enter") {
      // Space would scroll the page and Enter would submit the step.
      event.preventDefault();
      toggle(regionId);
    }
  }

  function remove(regionId: string, index: number) {
    onChange(value.filter((v) => v !== regionId));
    // The button under the focus disappears: keep the focus in the list, or return it to the region.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button");
      const nextButton = buttons?.[Math.min(index, buttons.length - 1)];
      (nextButton ?? document.querySelector<SVGElement>(`[data-region="${regionId}"]`))?.focus();
    });
  }

  return (
    <FieldSet
      id={id}
      legend={legend}
      hint={hint ?? "Tap or click each area that hurts. Tap again to unmark it."}
      error={error}
      required={required}
    >
      <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start sm:justify-center">
        {VIEWS.map(({ view, title, sides }) => (
          <figure key={view} className="w-full max-w-64">
            <figcaption className="text-center font-semibold" id={`${id}-${view}`}>
              {title}
            </figcaption>
            <svg
              viewBox="0 0 200 452"
              role="group"
              aria-labelledby={`${id}-${view}`}
              className="h-auto w-full touch-manipulation select-none"
              onBlur={onBlur}
            >
              <circle cx="100" cy="26" r="19" className="fill-slate-100 stroke-slate-500" strokeWidth="2" />
              <polygon
                points={OUTLINE}
                className="fill-slate-100 stroke-slate-500"
                strokeWidth="2"
                strokeLinejoin="round"
              />
              <text x="4" y="450" className="fill-slate-700 text-[13px]" aria-hidden="true">
                {sides[0]}
              </text>
              <text x="196" y="450" textAnchor="end" className="fill-slate-700 text-[13px]" aria-hidden="true">
                {sides[1]}
              </text>
              {PAIN_REGIONS.filter((r) => r.view === view).map((region) => {
                const box = BOXES[region.id];
                const checked = selected.has(region.id);
                return (
                  <rect
                    key={region.id}
                    data-region={region.id}
                    role="checkbox"
                    aria-checked={checked}
                    aria-label={region.label}
                    tabIndex={0}
                    x={box.x}
                    y={box.y}
                    width={box.w}
                    height={box.h}
                    rx="8"
                    strokeWidth="2"
                    className={`cursor-pointer outline-none focus-visible:stroke-blue-700 focus-visible:[stroke-width:5] ${
                      checked ? "fill-red-600/75 stroke-red-900" : "fill-white/70 stroke-slate-500 hover:fill-red-100"
                    }`}
                    onClick={() => toggle(region.id)}
                    onKeyDown={(event) => onKeyDown(event, region.id)}
                  >
                    <title>{region.label}</title>
                  </rect>
                );
              })}
            </svg>
          </figure>
        ))}
      </div>
      <div className="rounded-lg bg-slate-50 p-3">
        {value.length === 0 ? (
          <p className="text-slate-700">You have not marked any areas yet.</p>
        ) : (
          <>
            <p className="font-semibold">You marked:</p>
            <ul ref={listRef} className="mt-2 space-y-2">
              {value.map((regionId, index) => (
                <li key={regionId} className="flex items-center justify-between gap-3">
                  <span>{painRegionLabel(regionId)}</span>
                  <button
                    type="button"
                    className="no-print min-h-11 rounded-lg border border-slate-400 bg-white px-4 font-semibold hover:bg-slate-100"
                    onClick={() => remove(regionId, index)}
                  >
                    Remove<span className="sr-only"> {painRegionLabel(regionId)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </FieldSet>
  );
}
