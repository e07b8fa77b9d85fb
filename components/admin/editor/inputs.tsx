"use client";

import { useEffect, useId, type ReactNode } from "react";
import { inputClass } from "@/components/ui/field";

/** The editor's compact button size, one class for every card. */
export const smallButton = "min-h-9 px-3 py-1 text-sm";

/** A labelled text or number input for the editor; `label` is the accessible name, kept unique per page. */
export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  type = "text",
  className = "",
  readOnly = false,
  describedBy,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: "text" | "number" | "date";
  className?: string;
  /** Shown but not editable (a licensed instrument's wording); `describedBy` then says why. */
  readOnly?: boolean;
  describedBy?: string;
}) {
  const shared = {
    className: readOnly ? `${inputClass} bg-slate-100` : inputClass,
    value,
    readOnly,
    "aria-describedby": describedBy,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <LabelledControl label={label} className={className}>
      {(id) => (multiline ? <textarea id={id} rows={2} {...shared} /> : <input id={id} type={type} {...shared} />)}
    </LabelledControl>
  );
}

/**
 * A labelled drop-down. The label points at the select by id rather than wrapping it: a wrapping label
 * would add the chosen option's text to the select's accessible name.
 */
export function SelectField({
  label,
  value,
  onChange,
  children,
  className = "",
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
}) {
  return (
    <LabelledControl label={label} className={className}>
      {(id) => (
        <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </LabelledControl>
  );
}

/** A label above its control, tied by a generated id. */
function LabelledControl({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex min-h-9 items-center gap-2 text-sm">
      <input type="checkbox" className="h-5 w-5" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** "" → undefined, otherwise the number; what optional numeric settings (min, max, threshold) store. */
export function optionalNumber(raw: string): number | undefined {
  if (raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** Sets or removes (when undefined or "") an optional key, so the stored JSON has no empty fields. */
export function withOptional<T extends object, K extends string>(obj: T, key: K, value: unknown): T {
  const next = { ...obj } as Record<string, unknown>;
  if (value === undefined || value === "") delete next[key];
  else next[key] = value;
  return next as T;
}

/**
 * Opens a folded card when a link points at it (the problems list links every problem to its card),
 * so the field to fix is on screen, not hidden behind "Edit".
 */
export function useOpenWhenLinked(anchor: string, setOpen: (open: boolean) => void) {
  useEffect(() => {
    const onHashChange = () => {
      if (window.location.hash === `#${anchor}`) setOpen(true);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [anchor, setOpen]);
}
