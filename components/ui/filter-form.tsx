"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import { inputClass } from "./field";

/** Filter controls are touch-sized. */
export const filterControlClass = `${inputClass} min-h-11`;

/** One compact labelled filter; a hint, when given, is `${id}-hint` for the control's aria-describedby. */
export function FilterField({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/**
 * A filter form whose view lives in the address: a plain GET form (works without JavaScript); with JavaScript, empty
 * fields are left out of the address so a bookmarked view reads cleanly, and `hrefFor` (which drops any page cursor)
 * builds it, so a filter change starts again from the first page.
 */
export function FilterForm({
  action,
  label,
  hrefFor,
  className = "",
  children,
}: {
  action: string;
  label: string;
  hrefFor: (values: Record<string, string>) => string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values: Record<string, string> = {};
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      if (typeof value === "string" && value.trim()) values[key] = value.trim();
    }
    router.push(hrefFor(values));
  }
  return (
    <form
      method="get"
      action={action}
      onSubmit={onSubmit}
      role="search"
      aria-label={label}
      className={`mb-4 space-y-3 rounded-lg bg-white p-4 shadow-sm ${className}`}
    >
      {children}
    </form>
  );
}
