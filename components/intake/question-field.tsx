"use client";

import dynamic from "next/dynamic";
import { useController, type Control, type UseFormRegister } from "react-hook-form";
import type { Item, ItemRole } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { NOT_SURE } from "@/lib/domain/question-set/not-sure";
import { DatePartsInput } from "@/components/ui/date-parts-input";
import { Field, FieldSet, inputClass } from "@/components/ui/field";
import { ScaleField } from "./scale-field";
import { useIntakeText } from "./intake-text";
import type { FormMessages } from "@/lib/i18n/messages";

// The body map's drawing is needed on one later step: its code loads then, not before the first step can be used.
const PainMap = dynamic(() => import("./pain-map").then((m) => m.PainMap));

type FormValues = Record<string, unknown>;
type Props = {
  item: Item;
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  error?: string;
  /** The language of the question's words; the page's own unless the section is offered in English only. */
  locale?: string;
};

const choiceBase =
  "flex cursor-pointer rounded-lg border border-slate-400 bg-white has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-700";
const choiceClass = `${choiceBase} min-h-12 items-center gap-3 px-3 py-2`;

/** One question, rendered with the native control that fits its type. */
export function QuestionField({ item, register, control, error, locale: itemLocale }: Props) {
  const intakeText = useIntakeText();
  const { m } = intakeText;
  const locale = itemLocale ?? intakeText.locale;
  const text = t(item.text, locale);
  const hint = item.help ? t(item.help, locale) : undefined;
  const invalid = error ? true : undefined;

  switch (item.type) {
    case "display":
      // Hidden text (FHIR questionnaire-hidden, kept from an import) is for other systems, never for the patient.
      return item.hidden ? null : <p className="rounded-lg bg-slate-100 p-3">{text}</p>;
    case "painmap":
      return <PainMapField item={item} control={control} legend={text} hint={hint} error={error} />;
    case "scale":
      return <ScaleField item={item} register={register} hint={hint} error={error} locale={locale} />;
    case "single":
    case "multi":
    case "yesno": {
      const choices = choicesOf(item, locale, m);
      const inputType = item.type === "multi" ? "checkbox" : "radio";
      return (
        <FieldSet id={item.id} legend={text} hint={hint} error={error} required={item.required}>
          <div
            className={
              item.type === "yesno"
                ? item.notSure
                  ? "grid grid-cols-3 gap-2"
                  : "grid grid-cols-2 gap-2"
                : "grid gap-2 sm:grid-cols-2"
            }
          >
            {choices.map((choice) => (
              <label key={choice.value} className={choiceClass}>
                <input
                  type={inputType}
                  value={choice.value}
                  className="size-5 shrink-0 accent-blue-800"
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
                aria-describedby={
                  [describedBy, item.unit ? `${item.id}-unit` : null].filter(Boolean).join(" ") || undefined
                }
                aria-invalid={invalid}
                {...register(item.id)}
              />
              {item.unit ? <span id={`${item.id}-unit`}>{t(item.unit, locale)}</span> : null}
            </div>
          )}
        </Field>
      );
    case "date":
      return <DateField item={item} control={control} legend={text} hint={hint} error={error} m={m} />;
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
                autoComplete={autoCompleteOf(item.role, item.format)}
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

function PainMapField({
  item,
  control,
  legend,
  hint,
  error,
}: {
  item: Extract<Item, { type: "painmap" }>;
  control: Control<FormValues>;
  legend: string;
  hint?: string;
  error?: string;
}) {
  const { field } = useController({ name: item.id, control, defaultValue: [] });
  const value = Array.isArray(field.value) ? (field.value as string[]) : [];
  return (
    <PainMap
      id={item.id}
      legend={legend}
      hint={hint}
      error={error}
      required={item.required}
      value={value}
      onChange={field.onChange}
      onBlur={field.onBlur}
    />
  );
}

function DateField({
  item,
  control,
  legend,
  hint,
  error,
  m,
}: {
  item: Extract<Item, { type: "date" }>;
  control: Control<FormValues>;
  legend: string;
  hint?: string;
  error?: string;
  m: FormMessages;
}) {
  const { field } = useController({ name: item.id, control, defaultValue: "" });
  return (
    <DatePartsInput
      id={item.id}
      legend={legend}
      hint={hint}
      error={error}
      required={item.required}
      birthday={item.role === "dateOfBirth"}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      words={{ day: m.form.day, month: m.form.month, year: m.form.year, hint: m.form.dateHint }}
    />
  );
}

function choicesOf(item: Item, locale: string, m: FormMessages): { value: string; label: string }[] {
  switch (item.type) {
    case "single":
    case "multi":
      return item.options.map((o) => ({ value: o.value, label: t(o.label, locale) }));
    case "yesno":
      return [
        { value: "true", label: m.form.yes },
        { value: "false", label: m.form.no },
        ...(item.notSure ? [{ value: NOT_SURE, label: m.form.notSure }] : []),
      ];
    default:
      return [];
  }
}

function autoCompleteOf(role: ItemRole | undefined, format?: string): string | undefined {
  if (format === "email") return "email";
  if (format === "phone") return "tel";
  if (role === "patientName") return "name";
  return undefined;
}
