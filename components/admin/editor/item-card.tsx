"use client";

import { useState } from "react";
import type { Definition, Item, ItemRole, ItemType } from "@/lib/domain/question-set/definition-schema";
import { ITEM_ROLES } from "@/lib/domain/question-set/definition-shape";
import { ITEM_TYPE_LABELS } from "@/lib/domain/question-set/editor/items";
import type { LicenceLock } from "@/lib/domain/question-set/licensed-instruments";
import type { EditorNames } from "@/lib/domain/question-set/editor/names";
import { anchorFor } from "@/lib/domain/question-set/editor/validate";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { withCodingDisplaysFollowingLabels } from "@/lib/domain/question-set/editor/kept-detail";
import { ConditionSetting } from "./condition-setting";
import { CheckboxField, SelectField, TextField, smallButton, useOpenWhenLinked, withOptional } from "./inputs";
import { KeptFromImport } from "./kept-from-import";
import { LicenceNotice } from "./licence-notice";
import { MoveButtons } from "./move-buttons";
import { OptionsEditor } from "./options-editor";
import { SortableItem } from "./sortable";
import { TypeSettings } from "./type-settings";

export type ItemCardProps = {
  item: Item;
  index: number;
  count: number;
  sections: { id: string; title: string }[];
  sectionId: string;
  definition: Definition;
  /** What the labels call this question, its answers and its section (see editor/names.ts). */
  names: EditorNames;
  onChange: (next: Item) => void;
  onChangeType: (type: ItemType) => void;
  onMove: (toIndex: number) => void;
  onMoveToSection: (sectionId: string) => void;
  onDelete: () => void;
  startOpen?: boolean;
  /** Read-only versions cannot be reordered; the Move buttons are the plain route to the same operation. */
  readOnly?: boolean;
  /** Set when the question belongs to a licensed instrument: its wording, type and answers are locked. */
  lock?: LicenceLock;
};

/**
 * One question's card. Its controls are named by the question's wording (`Type of “How bad is your back pain right
 * now?”`); the wording field itself by its place ("Wording of question 3"), so its label does not change as it is
 * typed. The id stays visible, small, beside the number.
 */
export function ItemCard(props: ItemCardProps) {
  const { item, index, count, definition, names } = props;
  const onChange = (next: Item) => props.onChange(withCodingDisplaysFollowingLabels(item, next));
  const name = names.question(item.id);
  const set = (key: string, value: unknown) => onChange(withOptional(item, key, value));
  const anchor = anchorFor({ kind: "item", itemId: item.id });
  const [open, setOpen] = useState(props.startOpen ?? false);
  useOpenWhenLinked(anchor, setOpen);
  const lock = props.lock;
  const lockId = `${anchor}-licence`;
  return (
    <SortableItem
      id={item.id}
      disabled={props.readOnly}
      handleLabel={`Drag ${name}`}
      anchor={anchor}
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-3"
    >
      {(handle) => (
        <>
          <div className="flex flex-wrap items-center gap-2">
            {handle}
            <span className="text-sm text-slate-700">
              {index + 1}. <span className="font-mono text-xs">{item.id}</span>
            </span>
            <select
              aria-label={`Type of ${name}`}
              className={`${inputClass} w-auto`}
              value={item.type}
              disabled={lock !== undefined}
              aria-describedby={lock ? lockId : undefined}
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
                label={(direction) => `Move ${name} ${direction}`}
              />
              <MoreActions
                name={name}
                sectionId={props.sectionId}
                sections={props.sections}
                onMoveToSection={props.onMoveToSection}
                onDelete={lock ? undefined : props.onDelete}
              />
            </div>
          </div>

          {lock ? <LicenceNotice id={lockId} lock={lock} fixed="its wording, type and answers" /> : null}
          <TextField
            label={`Wording of question ${index + 1}`}
            multiline
            value={item.text.en}
            readOnly={lock !== undefined}
            describedBy={lock ? lockId : undefined}
            onChange={(v) => onChange({ ...item, text: { ...item.text, en: v } })}
          />
          {item.type === "single" || item.type === "multi" ? (
            <OptionsEditor item={item} names={names} onChange={onChange} lockedBy={lock ? lockId : undefined} />
          ) : null}
          <KeptFromImport item={item} name={name} />
          <Button variant="secondary" className={smallButton} aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? "Hide" : "Show"} settings and condition of {name}
          </Button>
          {open ? <ItemSettings item={item} name={name} definition={definition} set={set} onChange={onChange} /> : null}
        </>
      )}
    </SortableItem>
  );
}

/** What each role does for the clinic, so an admin can tell which question to give it (an import has none). */
const ROLE_CHOICES: Record<ItemRole, string> = {
  patientName: "The patient's name (the queue searches it)",
  dateOfBirth: "The date of birth (the summary gives the age)",
  phone: "The patient's phone number (shown first to the clinician)",
  email: "The patient's email address",
};

function ItemSettings({
  item,
  name,
  definition,
  set,
  onChange,
}: {
  item: Item;
  name: string;
  definition: Definition;
  set: (key: string, value: unknown) => void;
  onChange: (next: Item) => void;
}) {
  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <TextField
        label={`Help text for ${name}`}
        value={item.help?.en ?? ""}
        onChange={(v) => set("help", v ? { ...item.help, en: v } : undefined)}
      />
      {item.type !== "display" ? (
        <CheckboxField
          label={`An answer to ${name} is required`}
          checked={item.required ?? false}
          onChange={(v) => onChange({ ...item, required: v })}
        />
      ) : null}

      {item.type !== "display" ? (
        <SelectField
          label={`What ${name} asks for`}
          value={item.role ?? ""}
          onChange={(v) => set("role", v || undefined)}
        >
          <option value="">Nothing the portal relies on</option>
          {ITEM_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_CHOICES[role]}
            </option>
          ))}
        </SelectField>
      ) : null}

      <TypeSettings item={item} name={name} set={set} onChange={onChange} />

      <ConditionSetting
        ownerLabel={`Show ${name} only when`}
        condition={item.enableWhen}
        definition={definition}
        exclude={new Set([item.id])}
        onChange={(c) => set("enableWhen", c ?? undefined)}
      />
    </div>
  );
}

/**
 * The actions that move a question away or delete it, folded behind one disclosure so the card shows no red
 * button; deleting still asks first (the editor confirms). A licensed instrument's question cannot be deleted.
 */
function MoreActions({
  name,
  sectionId,
  sections,
  onMoveToSection,
  onDelete,
}: {
  name: string;
  sectionId: string;
  sections: { id: string; title: string }[];
  onMoveToSection: (sectionId: string) => void;
  onDelete?: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="relative text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="flex min-h-9 cursor-pointer items-center rounded border border-slate-300 px-3">
        More actions for {name}
      </summary>
      {open ? (
        <div className="mt-1 flex flex-wrap items-center gap-2 rounded border border-slate-300 bg-white p-2">
          <select
            aria-label={`Move ${name} to section`}
            className={`${inputClass} w-auto py-1 text-sm`}
            value={sectionId}
            onChange={(e) => onMoveToSection(e.target.value)}
          >
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          {onDelete ? (
            <Button variant="danger" className={smallButton} onClick={onDelete}>
              Delete {name}
            </Button>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
