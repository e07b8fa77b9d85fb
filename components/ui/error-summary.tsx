"use client";

import { forwardRef } from "react";

export type ErrorSummaryItem = { id: string; message: string; label: string };

/**
 * The GOV.UK error-summary pattern: one alert at the top of the step that says what is wrong and links
 * to each field. A link moves focus into the control, not just the scroll position, so a keyboard or
 * screen-reader user lands where they can fix it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { title?: string; errors: ErrorSummaryItem[] }>(
  function ErrorSummary({ title = "There is a problem", errors }, ref) {
    if (errors.length === 0) return null;
    return (
      <div
        ref={ref}
        role="alert"
        tabIndex={-1}
        aria-labelledby="error-summary-title"
        className="rounded-lg border-4 border-red-700 bg-white p-4"
      >
        <h2 id="error-summary-title" className="text-lg font-bold text-red-800">
          {title}
        </h2>
        <ul className="mt-2 space-y-1">
          {errors.map((e) => (
            <li key={e.id}>
              <a
                href={`#${e.id}`}
                className="font-semibold text-red-800 underline underline-offset-2"
                onClick={(event) => {
                  event.preventDefault();
                  focusField(e.id);
                }}
              >
                {e.label} — {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);

/** Focuses a field by id; for a fieldset (choices, body map) its first control, preferring the checked one. */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target =
    element.tagName === "FIELDSET"
      ? (element.querySelector<HTMLElement>("input:checked, [aria-checked='true']") ??
        element.querySelector<HTMLElement>("input, textarea, select, [tabindex='0'], button") ??
        element)
      : element;
  target.focus();
  target.scrollIntoView({ block: "center" });
  return true;
}
