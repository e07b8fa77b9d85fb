"use client";

import { useMemo } from "react";
import type { Definition, Section } from "@/lib/domain/question-set/definition-schema";
import { takenIds } from "@/lib/domain/question-set/editor/computed";
import { idFromLabel } from "@/lib/domain/question-set/editor/ids";
import {
  ITEM_TYPE_LABELS,
  addItem,
  changeItemType,
  deleteItem,
  moveItem,
  moveItemToSection,
  newItem,
  updateItem,
} from "@/lib/domain/question-set/editor/items";
import { editorNames } from "@/lib/domain/question-set/editor/names";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import { deleteSection, moveSection, updateSection } from "@/lib/domain/question-set/editor/sections";
import type { LicenceLock } from "@/lib/domain/question-set/licensed-instruments";
import { anchorFor } from "@/lib/domain/question-set/editor/validate";
import { t } from "@/lib/domain/question-set/text";
import { Button } from "@/components/ui/button";
import { AddItemForm } from "./add-forms";
import { useAnnounce } from "./announcer";
import { ConditionSetting } from "./condition-setting";
import { TextField, smallButton } from "./inputs";
import { ItemCard } from "./item-card";
import { MoveButtons } from "./move-buttons";
import { SortableList, dragHandleOf } from "./sortable";
import { useFocusAfterRender } from "./use-focus-after";

/** The one open section: its title, condition, questions (reorderable) and the form to add one. */
export function SectionPanel({
  definition,
  section,
  index,
  readOnly,
  locks,
  isOpen,
  onAdded,
  onEditItem,
  onDeleted,
  apply,
}: {
  definition: Definition;
  section: Section;
  index: number;
  readOnly: boolean;
  locks: ReadonlyMap<string, LicenceLock>;
  /** Whether a question's card starts unfolded (just added, or the target of a link). */
  isOpen: (itemId: string) => boolean;
  onAdded: (itemId: string) => void;
  /** The question being edited, so the preview can follow it. */
  onEditItem: (itemId: string) => void;
  /** The section was deleted: the editor opens a neighbour and moves the focus there. */
  onDeleted: (sectionId: string) => void;
  apply: (result: EditResult) => void;
}) {
  const sectionChoices = definition.sections.map((s) => ({ id: s.id, title: t(s.title) }));
  const title = t(section.title);
  const names = useMemo(() => editorNames(definition), [definition]);
  const name = names.section(section.id);
  const announce = useAnnounce();
  const focusAfter = useFocusAfterRender();
  const addButtonId = `${anchorFor({ kind: "section", sectionId: section.id })}-add-question`;

  function deleteQuestion(itemId: string, at: number) {
    const question = names.question(itemId);
    if (!window.confirm(`Delete the question ${question}?`)) return;
    const result = deleteItem(definition, itemId);
    apply(result);
    if (!result.ok) return;
    announce(`Question ${question} deleted.`);
    // Where the deleted card was: the next question, else the one before, else the way to add one.
    const neighbour = section.items[at + 1] ?? section.items[at - 1];
    focusAfter(() =>
      neighbour
        ? dragHandleOf(anchorFor({ kind: "item", itemId: neighbour.id }))
        : document.getElementById(addButtonId),
    );
  }

  return (
    <section
      id={anchorFor({ kind: "section", sectionId: section.id })}
      aria-labelledby={`${anchorFor({ kind: "section", sectionId: section.id })}-heading`}
      tabIndex={-1}
      className="space-y-3 rounded-lg bg-slate-50 p-3 shadow-sm"
      onFocusCapture={(e) => {
        const card = (e.target as HTMLElement).closest?.("[id^='editor-item-']");
        if (card) onEditItem(card.id.slice("editor-item-".length));
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`${anchorFor({ kind: "section", sectionId: section.id })}-heading`} className="text-lg font-semibold">
          Section {index + 1}: {title}
        </h2>
        <div className="ml-auto flex flex-wrap gap-1">
          <MoveButtons
            index={index}
            count={definition.sections.length}
            onMove={(to) => apply(moveSection(definition, section.id, to))}
            label={(direction) => `Move section ${name} ${direction}`}
          />
          <details className="text-sm">
            <summary className="flex min-h-9 cursor-pointer items-center rounded border border-slate-300 px-3">
              More actions for section {name}
            </summary>
            <Button
              variant="danger"
              className={`${smallButton} mt-1`}
              onClick={() => {
                if (!window.confirm(`Delete section ${name} and all its questions?`)) return;
                const result = deleteSection(definition, section.id);
                apply(result);
                if (!result.ok) return;
                announce(`Section ${name} deleted.`);
                onDeleted(section.id);
              }}
            >
              Delete section {name}
            </Button>
          </details>
        </div>
      </div>
      <TextField
        label={`Title of section ${index + 1}`}
        value={section.title.en}
        onChange={(v) =>
          apply(updateSection(definition, section.id, { ...section, title: { ...section.title, en: v } }))
        }
      />
      <ConditionSetting
        ownerLabel={`Show section ${name} only when`}
        condition={section.enableWhen}
        definition={definition}
        exclude={new Set(section.items.map((i) => i.id))}
        onChange={(c) => apply(updateSection(definition, section.id, { ...section, enableWhen: c ?? undefined }))}
      />
      <SortableList
        ids={section.items.map((i) => i.id)}
        kind="question"
        nameOf={names.question}
        onMove={(id, to) => apply(moveItem(definition, id, to))}
      >
        <ol className="space-y-3">
          {section.items.map((item, ii) => (
            <ItemCard
              key={item.id}
              item={item}
              index={ii}
              count={section.items.length}
              sections={sectionChoices}
              sectionId={section.id}
              definition={definition}
              names={names}
              onChange={(next) => apply(updateItem(definition, item.id, next))}
              onChangeType={(type) => {
                if (
                  window.confirm(
                    `Change ${names.question(item.id)} to ${ITEM_TYPE_LABELS[type]}? Its type settings reset.`,
                  )
                )
                  apply(changeItemType(definition, item.id, type));
              }}
              onMove={(to) => apply(moveItem(definition, item.id, to))}
              onMoveToSection={(to) => apply(moveItemToSection(definition, item.id, to))}
              onDelete={() => deleteQuestion(item.id, ii)}
              readOnly={readOnly}
              lock={locks.get(item.id)}
              startOpen={isOpen(item.id)}
            />
          ))}
        </ol>
      </SortableList>
      <AddItemForm
        sectionName={name}
        buttonId={addButtonId}
        onAdd={(text, type) => {
          const id = idFromLabel(text, takenIds(definition), "question");
          apply(addItem(definition, section.id, newItem(id, type, text || undefined)));
          onAdded(id);
        }}
      />
    </section>
  );
}
