"use client";

import { useState } from "react";
import type { ItemType } from "@/lib/domain/question-set/definition-schema";
import { ITEM_TYPE_LABELS } from "@/lib/domain/question-set/editor/items";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { TextField } from "./inputs";

/** Adds a question to a section: its wording and type; the id is derived from the wording. */
export function AddItemForm({
  sectionName,
  buttonId,
  onAdd,
}: {
  /** The section as labels name it, in quotes (editor/names.ts). */
  sectionName: string;
  /** DOM id of the Add button: the focus goes there when the section's last question is deleted. */
  buttonId?: string;
  onAdd: (text: string, type: ItemType) => void;
}) {
  const [text, setText] = useState("");
  const [type, setType] = useState<ItemType>("yesno");
  return (
    <form
      className="flex flex-wrap items-end gap-2 rounded border border-dashed border-slate-400 p-2"
      onSubmit={(e) => {
        // Enter in the wording adds the question, as the button does.
        e.preventDefault();
        onAdd(text.trim(), type);
        setText("");
      }}
    >
      <TextField label={`New question in ${sectionName}`} value={text} onChange={setText} className="w-72" />
      <label className="space-y-1 text-sm font-semibold">
        <span className="block">Type of the new question</span>
        <select className={inputClass} value={type} onChange={(e) => setType(e.target.value as ItemType)}>
          {Object.entries(ITEM_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <Button variant="secondary" type="submit" id={buttonId}>
        Add question to {sectionName}
      </Button>
    </form>
  );
}

export function AddRuleForm({ onAdd }: { onAdd: (title: string) => void }) {
  const [title, setTitle] = useState("");
  return (
    <div className="flex flex-wrap items-end gap-2 rounded border border-dashed border-slate-400 p-2">
      <TextField label="Title of the new red-flag rule" value={title} onChange={setTitle} className="w-72" />
      <Button
        variant="secondary"
        onClick={() => {
          onAdd(title.trim());
          setTitle("");
        }}
      >
        Add red-flag rule
      </Button>
    </div>
  );
}

export function AddScoreForm({ onAdd }: { onAdd: (title: string) => void }) {
  const [title, setTitle] = useState("");
  return (
    <div className="flex flex-wrap items-end gap-2 rounded border border-dashed border-slate-400 p-2">
      <TextField label="Title of the new score" value={title} onChange={setTitle} className="w-72" />
      <Button
        variant="secondary"
        onClick={() => {
          onAdd(title.trim());
          setTitle("");
        }}
      >
        Add a score
      </Button>
    </div>
  );
}
