"use client";

import type { UseFormRegister } from "react-hook-form";
import type { Item } from "@/lib/domain/question-set";
import { t } from "@/lib/domain/question-set/text";
import { PAIN_REGIONS } from "@/lib/domain/pain-map/regions";
import { Field, FieldSet, inputClass } from "@/components/ui/field";

type Props = { item: Item; register: UseFormRegister<Record<string, unknown>>; error?: string };

const choiceClass =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50";

/** One question, rendered with the native control that fits its type. */
export function QuestionField({ item, register, error }: Props) {
  const text = t(item.text);
  const hint = item.help ? t(item.help) : undefined;
  const invalid = error ? true : undefined;

  switch (item.type) {
    case "display":
      return <p className="rounded-lg bg-slate-100 p-3 text-sm">{text}</p>;
    case "single":
    case "multi":
    case "yesno":
    case "scale":
    case "painmap": {
      const choices = choicesOf(item);
      const inputType = item.type === "multi" || item.type === "painmap" ? "checkbox" : "radio";
      return (
        <FieldSet id={item.id} legend={text} hint={hint} error={error} required={item.required}>
          {item.type === "scale" ? (
            <p className="flex justify-between text-sm text-slate-600" aria-hidden="true">
              <span>
                {item.min} = {t(item.minLabel)}
              </span>
              <span>
                {item.max} = {t(item.maxLabel)}
              </span>
            </p>
          ) : null}
          <div
            className={item.type === "scale" ? "grid grid-cols-6 gap-2 sm:grid-cols-11" : "grid gap-2 sm:grid-cols-2"}
          >
            {choices.map((choice) => (
              <label key={choice.value} className={choiceClass}>
                <input
                  type={inputType}
                  value={choice.value}
                  className="size-5 accent-blue-800"
                  aria-invalid={invalid}
                  {...register(item.id)}
                />
                <span>{choice.label}</span>
              </label>
            ))}
          </div>
        </FieldSet>
      );
    }
    case "number":
      return (
        <Field id={item.id} label={text} hint={hint} error={error} required={item.required}>
          {(describedBy) => (
            <div className="flex items-center gap-2">
              <input
                id={item.id}
                type="number"
                inputMode={item.integer ? "numeric" : "decimal"}
                min={item.min}
                max={item.max}
                className={`${inputClass} max-w-40`}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register(item.id)}
              />
              {item.unit ? <span>{t(item.unit)}</span> : null}
            </div>
          )}
        </Field>
      );
    case "date":
      return (
        <Field id={item.id} label={text} hint={hint} error={error} required={item.required}>
          {(describedBy) => (
            <input
              id={item.id}
              type="date"
              className={`${inputClass} max-w-56`}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register(item.id)}
            />
          )}
        </Field>
      );
    case "text":
      return (
        <Field id={item.id} label={text} hint={hint} error={error} required={item.required}>
          {(describedBy) =>
            item.multiline ? (
              <textarea
                id={item.id}
                rows={4}
                maxLength={item.maxLength}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register(item.id)}
              />
            ) : (
              <input
                id={item.id}
                type={item.format === "email" ? "email" : item.format === "phone" ? "tel" : "text"}
                autoComplete={autoCompleteOf(item.id, item.format)}
                maxLength={item.maxLength}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...register(item.id)}
              />
            )
          }
        </Field>
      );
  }
}

function choicesOf(item: Item): { value: string; label: string }[] {
  switch (item.type) {
    case "single":
    case "multi":
      return item.options.map((o) => ({ value: o.value, label: t(o.label) }));
    case "yesno":
      return [
        { value: "true", label: "Yes" },
        { value: "false", label: "No" },
      ];
    case "scale":
      return Array.from({ length: item.max - item.min + 1 }, (_, i) => ({
        value: String(item.min + i),
        label: String(item.min + i),
      }));
    case "painmap":
      return PAIN_REGIONS.map((r) => ({ value: r.id, label: r.label }));
    default:
      return [];
  }
}

function autoCompleteOf(id: string, format?: string): string | undefined {
  if (format === "email") return "email";
  if (format === "phone") return "tel";
  if (id === "full_name") return "name";
  return undefined;
}
