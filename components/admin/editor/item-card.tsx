"use client";

import { useState } from "react";
import type { Condition, Definition, Item, ItemType, Option } from "@/lib/domain/question-set/definition-schema";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { conditionTargets, defaultLeaf } from "@/lib/domain/question-set/editor/conditions";
import { ITEM_TYPE_LABELS } from "@/lib/domain/question-set/editor/items";
import { moveInList } from "@/lib/domain/question-set/editor/result";
import { anchorFor } from "@/lib/domain/question-set/editor/validate";
import { Button } from "@/components/ui/button";
import { MoveButtons } from "./move-buttons";
import { inputClass } from "@/components/ui/field";
import { ConditionBuilder } from "./condition-builder";
import { CheckboxField, TextField, optionalNumber, smallButton, useOpenWhenLinked, withOptional } from "./inputs";
import { SortableItem } from "./sortable";

export type ItemCardProps = {
  item: Item;
  index: number;
  count: number;
  sections: { id: string; title: string }[];
  sectionId: string;
  definition: Definition;
  onChange: (next: Item) => void;
  onChangeType: (type: ItemType) => void;
  onMove: (toIndex: number) => void;
  onMoveToSection: (sectionId: string) => void;
  onDelete: () => void;
  startOpen?: boolean;
  /** Read-only versions cannot be reordered; the Move buttons are the plain route to the same operation. */
  readOnly?: boolean;
};

/**
 * One question's card. Labels never contain "Question <id>" except the wording field's, so that label
 * stays a unique handle for tests and screen readers ("Question pain_now").
 */
export function ItemCard(props: ItemCardProps) {
  const { item, index, count, definition, onChange } = props;
  const set = (key: string, value: unknown) => onChange(withOptional(item, key, value));
  const anchor = anchorFor({ kind: "item", itemId: item.id });
  const [open, setOpen] = useState(props.startOpen ?? false);
  useOpenWhenLinked(anchor, setOpen);
  return (
    <SortableItem
      id={item.id}
      disabled={props.readOnly}
      handleLabel={`Drag ${item.id}`}
      anchor={anchor}
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-3"
    >
      {(handle) => (
        <>
          <div className="flex flex-wrap items-center gap-2">
            {handle}
            <span className="font-mono text-sm text-slate-700">
              {index + 1}. {item.id}
            </span>
            <select
              aria-label={`Type of ${item.id}`}
              className={`${inputClass} w-auto`}
              value={item.type}
              onChange={(e) => props.onChangeType(e.target.value as ItemType)}
            >
              {Object.entries(ITEM_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <div className="ml-auto flex flex-wrap gap-1">
              <MoveButtons
                index={index}
                count={count}
                onMove={props.onMove}
                label={(direction) => `Move ${item.id} ${direction}`}
              />
              <select
                aria-label={`Move ${item.id} to section`}
                className={`${inputClass} w-auto py-1 text-sm`}
                value={props.sectionId}
                onChange={(e) => props.onMoveToSection(e.target.value)}
              >
                {props.sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
              <Button variant="danger" className={smallButton} onClick={props.onDelete}>
                Delete {item.id}
              </Button>
            </div>
          </div>

          <TextField
            label={`Question ${item.id}`}
            multiline
            value={item.text.en}
            onChange={(v) => onChange({ ...item, text: { ...item.text, en: v } })}
          />
          {item.type === "single" || item.type === "multi" ? <OptionsEditor item={item} onChange={onChange} /> : null}
          <Button variant="secondary" className={smallButton} aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? "Hide" : "Show"} settings and condition of {item.id}
          </Button>
          {open ? <ItemSettings item={item} definition={definition} set={set} onChange={onChange} /> : null}
        </>
      )}
    </SortableItem>
  );
}

function ItemSettings({
  item,
  definition,
  set,
  onChange,
}: {
  item: Item;
  definition: Definition;
  set: (key: string, value: unknown) => void;
  onChange: (next: Item) => void;
}) {
  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <TextField
        label={`Help text for ${item.id}`}
        value={item.help?.en ?? ""}
        onChange={(v) => set("help", v ? { ...item.help, en: v } : undefined)}
      />
      {item.type !== "display" ? (
        <CheckboxField
          label={`An answer to ${item.id} is required`}
          checked={item.required ?? false}
          onChange={(v) => onChange({ ...item, required: v })}
        />
      ) : null}

      <TypeSettings item={item} set={set} onChange={onChange} />

      <ConditionSetting
        ownerLabel={`Show ${item.id} only when`}
        condition={item.enableWhen}
        definition={definition}
        exclude={new Set([item.id])}
        onChange={(c) => set("enableWhen", c ?? undefined)}
      />
    </div>
  );
}

/** "Add a condition" until there is one, then the builder. */
export function ConditionSetting({
  ownerLabel,
  condition,
  definition,
  exclude,
  onChange,
}: {
  ownerLabel: string;
  condition: Condition | undefined;
  definition: Definition;
  exclude: ReadonlySet<string>;
  onChange: (next: Condition | null) => void;
}) {
  if (!condition) {
    const first = conditionTargets(definition, exclude)[0];
    return (
      <Button
        variant="secondary"
        className={smallButton}
        disabled={!first}
        onClick={() => first && onChange({ all: [defaultLeaf(first)] })}
      >
        Add condition: {ownerLabel.toLowerCase()}
      </Button>
    );
  }
  return (
    <div className="space-y-2">
      <ConditionBuilder
        label={ownerLabel}
        condition={condition}
        definition={definition}
        exclude={exclude}
        onChange={onChange}
      />
      <Button variant="secondary" className={smallButton} onClick={() => onChange(null)}>
        Remove condition: {ownerLabel.toLowerCase()}
      </Button>
    </div>
  );
}

function TypeSettings({
  item,
  set,
  onChange,
}: {
  item: Item;
  set: (key: string, value: unknown) => void;
  onChange: (next: Item) => void;
}) {
  const id = item.id;
  switch (item.type) {
    case "scale":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label={`Lowest value of ${id}`}
            type="number"
            value={String(item.min ?? 0)}
            onChange={(v) => onChange({ ...item, min: optionalNumber(v) ?? 0 })}
          />
          <TextField
            label={`Highest value of ${id}`}
            type="number"
            value={String(item.max ?? 10)}
            onChange={(v) => onChange({ ...item, max: optionalNumber(v) ?? 10 })}
          />
          <TextField
            label={`Words at the low end of ${id}`}
            value={item.minLabel.en}
            onChange={(v) => onChange({ ...item, minLabel: { ...item.minLabel, en: v } })}
          />
          <TextField
            label={`Words at the high end of ${id}`}
            value={item.maxLabel.en}
            onChange={(v) => onChange({ ...item, maxLabel: { ...item.maxLabel, en: v } })}
          />
          <TextField
            label={`Causes count from this value of ${id}`}
            type="number"
            value={item.causeThreshold === undefined ? "" : String(item.causeThreshold)}
            onChange={(v) => set("causeThreshold", optionalNumber(v))}
          />
          <CausePicker label={`Causes for ${id}`} value={item.causes} onChange={(c) => set("causes", c)} />
        </div>
      );
    case "number":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label={`Minimum of ${id}`}
            type="number"
            value={item.min === undefined ? "" : String(item.min)}
            onChange={(v) => set("min", optionalNumber(v))}
          />
          <TextField
            label={`Maximum of ${id}`}
            type="number"
            value={item.max === undefined ? "" : String(item.max)}
            onChange={(v) => set("max", optionalNumber(v))}
          />
          <TextField
            label={`Unit of ${id}`}
            value={item.unit?.en ?? ""}
            onChange={(v) => set("unit", v ? { ...item.unit, en: v } : undefined)}
          />
          <CheckboxField
            label={`Whole numbers only for ${id}`}
            checked={item.integer ?? true}
            onChange={(v) => onChange({ ...item, integer: v })}
          />
        </div>
      );
    case "text":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            label={`Longest answer to ${id} (characters)`}
            type="number"
            value={String(item.maxLength ?? 500)}
            onChange={(v) => onChange({ ...item, maxLength: optionalNumber(v) ?? 500 })}
          />
          <label className="space-y-1 text-sm font-semibold">
            <span className="block">Format of {id}</span>
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
            label={`Several lines for ${id}`}
            checked={item.multiline ?? false}
            onChange={(v) => set("multiline", v || undefined)}
          />
        </div>
      );
    case "date":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <CheckboxField
            label={`${id} cannot be in the future`}
            checked={item.notInFuture ?? false}
            onChange={(v) => set("notInFuture", v || undefined)}
          />
          <TextField
            label={`Earliest date for ${id}`}
            type="date"
            value={item.notBefore ?? ""}
            onChange={(v) => set("notBefore", v || undefined)}
          />
        </div>
      );
    case "yesno":
      return <CausePicker label={`Causes when ${id} is yes`} value={item.causes} onChange={(c) => set("causes", c)} />;
    default:
      return null;
  }
}

function OptionsEditor({
  item,
  onChange,
}: {
  item: Extract<Item, { type: "single" | "multi" }>;
  onChange: (next: Item) => void;
}) {
  const setOptions = (options: Option[]) => onChange({ ...item, options });
  const setOption = (i: number, next: Option) => setOptions(item.options.map((o, n) => (n === i ? next : o)));
  const exclusive = item.type === "multi" ? new Set(item.exclusiveValues ?? []) : null;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Options of {item.id}</legend>
      <ol className="space-y-2">
        {item.options.map((o, i) => (
          <li key={i} className="space-y-2 rounded border border-slate-200 p-2 sm:ml-4">
            <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
              <TextField
                label={`Value ${i + 1} in ${item.id}`}
                value={o.value}
                onChange={(v) => setOption(i, { ...o, value: v.trim() })}
              />
              <TextField
                label={`Option ${o.value} of ${item.id}`}
                value={o.label.en}
                onChange={(v) => setOption(i, { ...o, label: { ...o.label, en: v } })}
              />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <CausePicker
                label={`Causes for ${o.value} in ${item.id}`}
                value={o.causes}
                onChange={(c) => setOption(i, withOptional(o, "causes", c))}
              />
              {exclusive ? (
                <CheckboxField
                  label={`${o.value} excludes the other answers`}
                  checked={exclusive.has(o.value)}
                  onChange={(v) => {
                    const next = new Set(exclusive);
                    if (v) next.add(o.value);
                    else next.delete(o.value);
                    onChange(withOptional(item, "exclusiveValues", next.size ? [...next] : undefined));
                  }}
                />
              ) : null}
              <MoveButtons
                index={i}
                count={item.options.length}
                onMove={(to) => setOptions(moveInList(item.options, i, to) ?? item.options)}
                label={(direction) => `Move ${o.value} ${direction}`}
              />
              <Button
                variant="secondary"
                className={smallButton}
                onClick={() => {
                  if (window.confirm(`Remove the answer "${o.value}" from ${item.id}?`))
                    setOptions(item.options.filter((_, n) => n !== i));
                }}
              >
                Remove {o.value}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        className={smallButton}
        onClick={() => {
          const used = new Set(item.options.map((o) => o.value));
          let n = item.options.length + 1;
          while (used.has(`option_${n}`)) n++;
          setOptions([...item.options, { value: `option_${n}`, label: { en: `Option ${n}` } }]);
        }}
      >
        Add an answer to {item.id}
      </Button>
    </fieldset>
  );
}

/** Which of the article's causes an answer points at, as checkboxes in a disclosure. */
function CausePicker({
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
