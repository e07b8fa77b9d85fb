"use client";

import { useState } from "react";
import type { Item, Option } from "@/lib/domain/question-set/definition-schema";
import { idFromLabel } from "@/lib/domain/question-set/editor/ids";
import { moveInList } from "@/lib/domain/question-set/editor/result";
import { Button } from "@/components/ui/button";
import { CausePicker } from "./cause-picker";
import { CheckboxField, TextField, smallButton, withOptional } from "./inputs";
import { MoveButtons } from "./move-buttons";

/** The answers of a single- or multiple-choice question: wording, stored code, causes, order. */
export function OptionsEditor({
  item,
  onChange,
  lockedBy,
}: {
  item: Extract<Item, { type: "single" | "multi" }>;
  onChange: (next: Item) => void;
  /** Id of the notice naming the licence, when the answers belong to a licensed instrument. */
  lockedBy?: string;
}) {
  const locked = lockedBy !== undefined;
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
                readOnly={locked}
                describedBy={lockedBy}
                onChange={(v) => setOption(i, { ...o, value: v.trim() })}
              />
              <TextField
                label={`Option ${o.value} of ${item.id}`}
                value={o.label.en}
                readOnly={locked}
                describedBy={lockedBy}
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
              {locked ? null : (
                <>
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
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
      {locked ? null : (
        <AddOptionForm
          questionName={item.id}
          onAdd={(label) => {
            const value = idFromLabel(
              label,
              item.options.map((o) => o.value),
              "answer",
            );
            setOptions([...item.options, { value, label: { en: label || value } }]);
          }}
        />
      )}
    </fieldset>
  );
}

/** A new answer starts from its wording; its stored code is made from that wording ("Very much" → `very_much`). */
function AddOptionForm({ questionName, onAdd }: { questionName: string; onAdd: (label: string) => void }) {
  const [label, setLabel] = useState("");
  return (
    <form
      className="flex flex-wrap items-end gap-2 sm:ml-4"
      onSubmit={(e) => {
        // Enter in the wording adds the answer, as the button does.
        e.preventDefault();
        onAdd(label.trim());
        setLabel("");
      }}
    >
      <TextField label={`New answer to ${questionName}`} value={label} onChange={setLabel} className="w-64" />
      <Button variant="secondary" className={smallButton} type="submit">
        Add an answer to {questionName}
      </Button>
    </form>
  );
}
