"use client";

import type { Item } from "@/lib/domain/question-set/definition-schema";
import { inputClass } from "@/components/ui/field";
import { CausePicker } from "./cause-picker";
import { CheckboxField, TextField, optionalNumber } from "./inputs";

/** The settings only some question types have (scale ends, number limits, text length, dates). */
export function TypeSettings({
  item,
  name,
  set,
  onChange,
}: {
  item: Item;
  /** The question's name in labels (editor/names.ts). */
  name: string;
  set: (key: string, value: unknown) => void;
  onChange: (next: Item) => void;
}) {
  switch (item.type) {
    case "scale":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label={`Lowest value of ${name}`}
            type="number"
            value={String(item.min ?? 0)}
            onChange={(v) => onChange({ ...item, min: optionalNumber(v) ?? 0 })}
          />
          <TextField
            label={`Highest value of ${name}`}
            type="number"
            value={String(item.max ?? 10)}
            onChange={(v) => onChange({ ...item, max: optionalNumber(v) ?? 10 })}
          />
          <TextField
            label={`Words at the low end of ${name}`}
            value={item.minLabel.en}
            onChange={(v) => onChange({ ...item, minLabel: { ...item.minLabel, en: v } })}
          />
          <TextField
            label={`Words at the high end of ${name}`}
            value={item.maxLabel.en}
            onChange={(v) => onChange({ ...item, maxLabel: { ...item.maxLabel, en: v } })}
          />
          <TextField
            label={`Causes count from this value of ${name}`}
            type="number"
            value={item.causeThreshold === undefined ? "" : String(item.causeThreshold)}
            onChange={(v) => set("causeThreshold", optionalNumber(v))}
          />
          <CausePicker label={`Causes for ${name}`} value={item.causes} onChange={(c) => set("causes", c)} />
        </div>
      );
    case "number":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label={`Minimum of ${name}`}
            type="number"
            value={item.min === undefined ? "" : String(item.min)}
            onChange={(v) => set("min", optionalNumber(v))}
          />
          <TextField
            label={`Maximum of ${name}`}
            type="number"
            value={item.max === undefined ? "" : String(item.max)}
            onChange={(v) => set("max", optionalNumber(v))}
          />
          <TextField
            label={`Unit of ${name}`}
            value={item.unit?.en ?? ""}
            onChange={(v) => set("unit", v ? { ...item.unit, en: v } : undefined)}
          />
          <CheckboxField
            label={`Whole numbers only for ${name}`}
            checked={item.integer ?? true}
            onChange={(v) => onChange({ ...item, integer: v })}
          />
        </div>
      );
    case "text":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label={`Longest answer to ${name} (characters)`}
            type="number"
            value={String(item.maxLength ?? 500)}
            onChange={(v) => onChange({ ...item, maxLength: optionalNumber(v) ?? 500 })}
          />
          <label className="space-y-1 text-sm font-semibold">
            <span className="block">Format of {name}</span>
            <select
              className={inputClass}
              value={item.format ?? ""}
              onChange={(e) => set("format", e.target.value || undefined)}
            >
              <option value="">Any text</option>
              <option value="email">Email address</option>
              <option value="phone">Phone number</option>
            </select>
          </label>
          <CheckboxField
            label={`Several lines for ${name}`}
            checked={item.multiline ?? false}
            onChange={(v) => set("multiline", v || undefined)}
          />
        </div>
      );
    case "date":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <CheckboxField
            label={`${name} cannot be in the future`}
            checked={item.notInFuture ?? false}
            onChange={(v) => set("notInFuture", v || undefined)}
          />
          <TextField
            label={`Earliest date for ${name}`}
            type="date"
            value={item.notBefore ?? ""}
            onChange={(v) => set("notBefore", v || undefined)}
          />
        </div>
      );
    case "yesno":
      return (
        <CausePicker label={`Causes when ${name} is yes`} value={item.causes} onChange={(c) => set("causes", c)} />
      );
    default:
      return null;
  }
}
