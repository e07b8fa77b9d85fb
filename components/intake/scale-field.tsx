"use client";

import type { CSSProperties } from "react";
import type { UseFormRegister } from "react-hook-form";
import type { ItemOfType } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { FieldSet } from "@/components/ui/field";

type Props = {
  item: ItemOfType<"scale">;
  register: UseFormRegister<Record<string, unknown>>;
  hint?: string;
  error?: string;
  /** The language of the question's words (a section offered in English only passes "en"). */
  locale: string;
};

const choiceClass =
  "flex min-h-14 min-w-11 cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border border-slate-400 bg-white px-1 py-1 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-700";

// Six 44 px targets and their gaps fit the 296 px a 360 px phone leaves for the form; eleven fit from `sm` up.
const PHONE_COLUMNS = 6;
const MAX_ONE_ROW = 11;

/** Where the numbers and the two end labels sit, as CSS variables the grid classes below read. */
export function scaleLayout(count: number) {
  const columns = Math.min(PHONE_COLUMNS, count);
  const rows = Math.ceil(count / columns);
  // The last row ends at the right edge, under the highest number's column; on two rows that frees the cell
  // right under the lowest number for its words.
  const shift = columns * rows - count;
  const minUnderLowest = rows === 2 && shift > 0;
  const oneRowOnWide = count <= MAX_ONE_ROW;
  const wideColumns = oneRowOnWide ? count : columns;
  const wideRows = oneRowOnWide ? 1 : rows;
  const wideHalf = Math.floor(wideColumns / 2) + 1;
  return {
    shiftedIndex: shift > 0 ? columns * (rows - 1) : -1,
    vars: {
      "--cols": columns,
      "--cols-wide": wideColumns,
      "--shift-col": shift + 1,
      "--shift-col-wide": oneRowOnWide ? "auto" : shift + 1,
      "--min-row": minUnderLowest ? 2 : rows + 1,
      "--min-col": minUnderLowest ? `1 / span ${shift}` : `1 / ${Math.floor(columns / 2) + 1}`,
      "--max-row": rows + 1,
      "--max-col": minUnderLowest ? "1 / -1" : `${Math.floor(columns / 2) + 1} / -1`,
      "--label-row-wide": wideRows + 1,
      "--min-col-wide": `1 / ${wideHalf}`,
      "--max-col-wide": `${wideHalf} / -1`,
    } as CSSProperties,
  };
}

/**
 * A 0–10 scale as one radio group (one Tab stop; the arrow keys move through it). Eleven 44 px targets do not fit
 * one row on a 360 px phone, so there the numbers take two rows of six columns with the second row ending at the
 * right edge: the lowest number's words sit in the free cell right under it, the highest number's words right
 * under it at the end. From `sm` up the numbers are one row with each end's words under the first and the last.
 */
export function ScaleField({ item, register, hint, error, locale }: Props) {
  const count = item.max - item.min + 1;
  const values = Array.from({ length: count }, (_, i) => item.min + i);
  const layout = scaleLayout(count);
  return (
    <FieldSet
      id={item.id}
      legend={t(item.text, locale)}
      hint={hint}
      error={error}
      required={item.required}
      describedByExtra={`${item.id}-min ${item.id}-max`}
    >
      <div
        style={layout.vars}
        className="grid [grid-template-columns:repeat(var(--cols),minmax(0,1fr))] gap-1 sm:[grid-template-columns:repeat(var(--cols-wide),minmax(0,1fr))]"
      >
        {values.map((n, index) => (
          <label
            key={n}
            className={`${choiceClass} ${
              index === layout.shiftedIndex
                ? "[grid-column-start:var(--shift-col)] sm:[grid-column-start:var(--shift-col-wide)]"
                : ""
            }`}
          >
            <input type="radio" value={String(n)} className="size-5 shrink-0 accent-blue-800" {...register(item.id)} />
            <span>{n}</span>
          </label>
        ))}
        <p
          id={`${item.id}-min`}
          className="[grid-column:var(--min-col)] [grid-row:var(--min-row)] text-sm leading-tight text-slate-700 sm:[grid-column:var(--min-col-wide)] sm:[grid-row:var(--label-row-wide)]"
        >
          <span className="sr-only">{item.min} = </span>
          <span>{t(item.minLabel, locale)}</span>
          <span className="sr-only">,</span>
        </p>
        <p
          id={`${item.id}-max`}
          className="[grid-column:var(--max-col)] [grid-row:var(--max-row)] text-end text-sm leading-tight text-slate-700 sm:[grid-column:var(--max-col-wide)] sm:[grid-row:var(--label-row-wide)]"
        >
          <span className="sr-only">{item.max} = </span>
          <span>{t(item.maxLabel, locale)}</span>
        </p>
      </div>
    </FieldSet>
  );
}
