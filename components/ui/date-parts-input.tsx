"use client";

import { useEffect, useRef, useState, type Ref } from "react";
import { joinDateParts, splitDateValue, type DateParts } from "@/lib/domain/question-set/date-parts";
import { FieldSet } from "./field";

type Props = {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Lets the browser offer the patient's own birthday (autocomplete `bday-day` …). */
  birthday?: boolean;
  value: unknown;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** The day box, for the form library to focus on an error. */
  inputRef?: Ref<HTMLInputElement>;
  /** The page's own language for the boxes' labels and the example. */
  words?: { day: string; month: string; year: string; hint: string };
};

const BOXES = [
  { part: "day", label: "Day", size: "w-16", maxLength: 2, autoComplete: "bday-day" },
  { part: "month", label: "Month", size: "w-16", maxLength: 2, autoComplete: "bday-month" },
  { part: "year", label: "Year", size: "w-24", maxLength: 4, autoComplete: "bday-year" },
] as const;

/**
 * A date as three labelled boxes in a fieldset (the GOV.UK date-input pattern): every box has its own label a
 * screen reader names, the order is day, month, year whatever the browser's locale, and there is no date picker
 * to fight with. The stored value is the ISO date once the boxes name one (see lib/domain/question-set/date-parts).
 */
export function DatePartsInput({
  id,
  legend,
  hint,
  error,
  required,
  birthday,
  value,
  onChange,
  onBlur,
  inputRef,
  words,
}: Props) {
  const [parts, setParts] = useState<DateParts>(() => splitDateValue(value));
  const sent = useRef<unknown>(value);

  // A value set from outside (resumed progress, a reset) replaces what is in the boxes; our own echo does not.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setParts(splitDateValue(value));
    }
  }, [value]);

  function change(part: keyof DateParts, text: string) {
    const next = { ...parts, [part]: text.replace(/\D/g, "") };
    setParts(next);
    const joined = joinDateParts(next);
    sent.current = joined;
    onChange(joined);
  }

  return (
    <FieldSet
      id={id}
      legend={legend}
      hint={hint ?? words?.hint ?? "For example, 27 3 1985"}
      error={error}
      required={required}
    >
      <div className="flex flex-wrap gap-4">
        {BOXES.map((box, index) => (
          <div key={box.part} className="space-y-1">
            <label htmlFor={`${id}-${box.part}`} className="block">
              {words?.[box.part] ?? box.label}
            </label>
            <input
              id={`${id}-${box.part}`}
              ref={index === 0 ? inputRef : undefined}
              type="text"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={box.maxLength}
              autoComplete={birthday ? box.autoComplete : "off"}
              spellCheck={false}
              className={`${box.size} block min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700`}
              aria-invalid={error ? true : undefined}
              value={parts[box.part]}
              onChange={(event) => change(box.part, event.target.value)}
              onBlur={onBlur}
            />
          </div>
        ))}
      </div>
    </FieldSet>
  );
}
