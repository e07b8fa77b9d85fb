"use client";

import { useId, useRef, useState } from "react";
import type { Item, Option } from "@/lib/domain/question-set/definition-schema";
import { idFromLabel } from "@/lib/domain/question-set/editor/ids";
import type { EditorNames } from "@/lib/domain/question-set/editor/names";
import { moveInList } from "@/lib/domain/question-set/editor/result";
import { Button } from "@/components/ui/button";
import { useAnnounce } from "./announcer";
import { CausePicker } from "./cause-picker";
import { CheckboxField, TextField, smallButton, withOptional } from "./inputs";
import { MoveButtons } from "./move-buttons";
import { useFocusAfterRender } from "./use-focus-after";

/**
 * The answers of a single- or multiple-choice question: wording, stored code, causes, order. An answer's wording and
 * code fields are named by its place ("Answer 2 of “Sex”"), its other controls by its wording.
 */
export function OptionsEditor({
  item,
  names,
  onChange,
  lockedBy,
}: {
  item: Extract<Item, { type: "single" | "multi" }>;
  names: EditorNames;
  onChange: (next: Item) => void;
  /** Id of the notice naming the licence, when the answers belong to a licensed instrument. */
  lockedBy?: string;
}) {
  const locked = lockedBy !== undefined;
  const setOptions = (options: Option[]) => onChange({ ...item, options });
  const setOption = (i: number, next: Option) => setOptions(item.options.map((o, n) => (n === i ? next : o)));
  const exclusive = item.type === "multi" ? new Set(item.exclusiveValues ?? []) : null;
  const question = names.question(item.id);
  const announce = useAnnounce();
  const focusAfter = useFocusAfterRender();
  const list = useRef<HTMLOListElement>(null);
  const addButtonId = useId();

  function removeAnswer(i: number) {
    const answer = names.option(item.id, item.options[i]!.value);
    if (!window.confirm(`Remove the answer ${answer} from ${question}?`)) return;
    const before = item.options.length;
    setOptions(item.options.filter((_, n) => n !== i));
    announce(`Answer ${answer} removed from ${question}.`);
    // The next answer's wording (now in the removed one's place), else the one before, else "Add an answer".
    focusAfter(() => {
      const rows = list.current?.children;
      if (!rows || rows.length === before) return null;
      const row = rows[i] ?? rows[i - 1];
      return row ? row.querySelector<HTMLElement>("input, textarea") : document.getElementById(addButtonId);
    });
  }

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Answers of {question}</legend>
      <ol ref={list} className="space-y-2">
        {item.options.map((o, i) => {
          const answer = names.option(item.id, o.value);
          return (
            <li key={i} className="space-y-2 rounded border border-slate-200 p-2 sm:ml-4">
              <div className="grid gap-2 sm:grid-cols-[1fr_10rem]">
                <TextField
                  label={`Answer ${i + 1} of ${question}`}
                  value={o.label.en}
                  readOnly={locked}
                  describedBy={lockedBy}
                  onChange={(v) => setOption(i, { ...o, label: { ...o.label, en: v } })}
                />
                <TextField
                  className="[&_input]:font-mono"
                  label={`Stored code of answer ${i + 1} of ${question}`}
                  value={o.value}
                  readOnly={locked}
                  describedBy={lockedBy}
                  onChange={(v) => setOption(i, { ...o, value: v.trim() })}
                />
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <CausePicker
                  label={`Causes for ${answer} in ${question}`}
                  value={o.causes}
                  onChange={(c) => setOption(i, withOptional(o, "causes", c))}
                />
                {exclusive ? (
                  <CheckboxField
                    label={`${answer} excludes the other answers of ${question}`}
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
                      label={(direction) => `Move answer ${answer} of ${question} ${direction}`}
                    />
                    <Button variant="secondary" className={smallButton} onClick={() => removeAnswer(i)}>
                      Remove answer {answer} from {question}
                    </Button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {locked ? null : (
        <AddOptionForm
          questionName={question}
          buttonId={addButtonId}
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
function AddOptionForm({
  questionName,
  buttonId,
  onAdd,
}: {
  questionName: string;
  buttonId: string;
  onAdd: (label: string) => void;
}) {
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
      <Button variant="secondary" className={smallButton} type="submit" id={buttonId}>
        Add an answer to {questionName}
      </Button>
    </form>
  );
}
