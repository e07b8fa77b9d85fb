"use client";

import { useRef, type KeyboardEvent } from "react";
import { PAIN_REGIONS, type PainView } from "@/lib/domain/pain-map/regions";
import { BODY_OUTLINE, CANVAS, HEAD, REGION_BOXES } from "@/lib/domain/pain-map/geometry";
import { FieldSet } from "@/components/ui/field";
import { useIntakeText } from "./intake-text";

// The picture is shared with the clinician's read-only view, so both show the same body.
const BOXES = REGION_BOXES;
const OUTLINE = BODY_OUTLINE;

// Which way the patient faces in each view: their right is on the left of the front view.
const VIEWS: {
  view: PainView;
  title: "front" | "back";
  sides: ["yourRight" | "yourLeft", "yourRight" | "yourLeft"];
}[] = [
  { view: "front", title: "front", sides: ["yourRight", "yourLeft"] },
  { view: "back", title: "back", sides: ["yourLeft", "yourRight"] },
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
  const { m } = useIntakeText();
  const words = m.painMap;
  const label = (regionId: string) => (words.regions as Record<string, string>)[regionId] ?? regionId;
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
    <FieldSet id={id} legend={legend} hint={hint ?? words.hint} error={error} required={required}>
      <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start sm:justify-center">
        {VIEWS.map(({ view, title, sides }) => (
          <figure key={view} className="w-full max-w-64">
            <figcaption className="text-center font-semibold" id={`${id}-${view}`}>
              {words[title]}
            </figcaption>
            <svg
              viewBox={`0 0 ${CANVAS.width} ${CANVAS.height}`}
              role="group"
              aria-labelledby={`${id}-${view}`}
              className="h-auto w-full touch-manipulation select-none"
              onBlur={onBlur}
            >
              <circle
                cx={HEAD.cx}
                cy={HEAD.cy}
                r={HEAD.r}
                className="fill-slate-100 stroke-slate-500"
                strokeWidth="2"
              />
              <polygon
                points={OUTLINE}
                className="fill-slate-100 stroke-slate-500"
                strokeWidth="2"
                strokeLinejoin="round"
              />
              <text x="4" y="450" className="fill-slate-700 text-[13px]" aria-hidden="true">
                {words[sides[0]]}
              </text>
              <text x="196" y="450" textAnchor="end" className="fill-slate-700 text-[13px]" aria-hidden="true">
                {words[sides[1]]}
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
                    aria-label={label(region.id)}
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
                    <title>{label(region.id)}</title>
                  </rect>
                );
              })}
            </svg>
          </figure>
        ))}
      </div>
      <div className="rounded-lg bg-slate-50 p-3">
        {value.length === 0 ? (
          <p className="text-slate-700">{words.noneMarked}</p>
        ) : (
          <>
            <p className="font-semibold">{words.marked}</p>
            <ul ref={listRef} className="mt-2 space-y-2">
              {value.map((regionId, index) => (
                <li key={regionId} className="flex items-center justify-between gap-3">
                  <span>{label(regionId)}</span>
                  <button
                    type="button"
                    className="no-print min-h-11 rounded-lg border border-slate-400 bg-white px-4 font-semibold hover:bg-slate-100"
                    onClick={() => remove(regionId, index)}
                  >
                    {words.remove}
                    <span className="sr-only"> {label(regionId)}</span>
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
