"use client";

import { useState } from "react";
import type { Definition, RedFlagRule } from "@/lib/domain/question-set/definition-schema";
import { anchorFor } from "@/lib/domain/question-set/editor/validate";
import { Button } from "@/components/ui/button";
import { MoveButtons } from "./move-buttons";
import { inputClass } from "@/components/ui/field";
import { ConditionBuilder } from "./condition-builder";
import { TextField, smallButton, useOpenWhenLinked } from "./inputs";
import { SortableItem } from "./sortable";

/**
 * A red-flag rule: when it fires, how serious, what the clinician and the patient read, and its guideline. Its
 * controls are named by its title (`Severity of “Saddle numbness”`), the title field by its place.
 */
export function RuleCard({
  rule,
  name,
  index,
  count,
  definition,
  onChange,
  onMove,
  onDelete,
  startOpen = false,
  readOnly = false,
}: {
  startOpen?: boolean;
  readOnly?: boolean;
  rule: RedFlagRule;
  /** The rule as labels name it (editor/names.ts). */
  name: string;
  index: number;
  count: number;
  definition: Definition;
  onChange: (next: RedFlagRule) => void;
  onMove: (toIndex: number) => void;
  onDelete: () => void;
}) {
  const id = rule.id;
  const anchor = anchorFor({ kind: "rule", ruleId: id });
  const [open, setOpen] = useState(startOpen);
  useOpenWhenLinked(anchor, setOpen);
  return (
    <SortableItem
      id={id}
      disabled={readOnly}
      handleLabel={`Drag rule ${name}`}
      anchor={anchor}
      className="space-y-3 rounded-lg border border-red-200 bg-white p-3"
    >
      {(handle) => (
        <>
          <div className="flex flex-wrap items-center gap-2">
            {handle}
            <span className="font-mono text-xs text-slate-700">{id}</span>
            <label className="flex items-center gap-2 text-sm">
              <span>Severity</span>
              <select
                aria-label={`Severity of ${name}`}
                className={`${inputClass} w-auto`}
                value={rule.severity}
                onChange={(e) => onChange({ ...rule, severity: e.target.value as RedFlagRule["severity"] })}
              >
                <option value="EMERGENT">Emergent — patient told to seek emergency care now</option>
                <option value="URGENT">Urgent — seen by a clinician soon</option>
              </select>
            </label>
            <div className="ml-auto flex flex-wrap gap-1">
              <MoveButtons
                index={index}
                count={count}
                onMove={onMove}
                label={(direction) => `Move rule ${name} ${direction}`}
              />
              <Button variant="danger" className={smallButton} onClick={onDelete}>
                Delete rule {name}
              </Button>
            </div>
          </div>
          <Button variant="secondary" className={smallButton} aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? "Hide" : "Edit"} rule {name}
          </Button>
          {open ? (
            <RuleFields rule={rule} name={name} index={index} definition={definition} onChange={onChange} />
          ) : null}
        </>
      )}
    </SortableItem>
  );
}

function RuleFields({
  rule,
  name,
  index,
  definition,
  onChange,
}: {
  rule: RedFlagRule;
  name: string;
  index: number;
  definition: Definition;
  onChange: (next: RedFlagRule) => void;
}) {
  return (
    <div className="space-y-3">
      <TextField
        label={`Title of red-flag rule ${index + 1}`}
        value={rule.title.en}
        onChange={(v) => onChange({ ...rule, title: { ...rule.title, en: v } })}
      />
      <ConditionBuilder
        label={`Rule ${name} fires when`}
        condition={rule.when}
        definition={definition}
        exclude={new Set()}
        onChange={(c) => onChange({ ...rule, when: c ?? { all: [] } })}
      />
      <TextField
        label={`Clinician text of rule ${name}`}
        multiline
        value={rule.clinicianText.en}
        onChange={(v) => onChange({ ...rule, clinicianText: { ...rule.clinicianText, en: v } })}
      />
      <TextField
        label={`Patient text of rule ${name}`}
        multiline
        value={rule.patientText.en}
        onChange={(v) => onChange({ ...rule, patientText: { ...rule.patientText, en: v } })}
      />
      <TextField
        label={`Citation of rule ${name}`}
        value={rule.citation}
        onChange={(v) => onChange({ ...rule, citation: v })}
      />
    </div>
  );
}
