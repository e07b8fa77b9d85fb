"use client";

import { useState } from "react";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { CheckboxField } from "./inputs";

/** Which of the article's causes an answer points at, as checkboxes in a disclosure. */
export function CausePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: readonly string[] | undefined;
  onChange: (causes: string[] | undefined) => void;
}) {
  const chosen = new Set(value ?? []);
  // The fifteen checkboxes are rendered only while open: a set has hundreds of options.
  const [open, setOpen] = useState(false);
  return (
    <details className="text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer">
        {label} ({chosen.size})
      </summary>
      {open ? (
        <fieldset className="mt-1 grid gap-1 sm:grid-cols-2">
          <legend className="sr-only">{label}</legend>
          {CAUSES.map((c) => (
            <CheckboxField
              key={c.id}
              label={c.name}
              checked={chosen.has(c.id)}
              onChange={(v) => {
                const next = new Set(chosen);
                if (v) next.add(c.id);
                else next.delete(c.id);
                onChange(next.size ? [...next] : undefined);
              }}
            />
          ))}
        </fieldset>
      ) : null}
    </details>
  );
}
