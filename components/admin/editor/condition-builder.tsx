"use client";

import type { Condition, ConditionOp, Definition, LeafCondition } from "@/lib/domain/question-set/definition-schema";
import {
  OP_LABELS,
  appendAt,
  conditionTargets,
  defaultLeaf,
  findConditionTarget,
  isComputedTarget,
  operatorsFor,
  replaceAt,
  targetLabel,
  toggleGroupMode,
  valueFromInput,
  withOp,
  type ConditionPath,
} from "@/lib/domain/question-set/editor/conditions";
import { t } from "@/lib/domain/question-set/text";
import { PAIN_REGIONS } from "@/lib/domain/pain-map/regions";
import { inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { smallButton } from "./inputs";

type Props = {
  /** Names the condition in every control's label, e.g. "Show pain_now when". */
  label: string;
  condition: Condition;
  definition: Definition;
  /** Questions the condition may not name (its own questions). */
  exclude: ReadonlySet<string>;
  onChange: (next: Condition | null) => void;
};

/**
 * Edits a condition tree in place: comparisons (question, operator, value) inside "all of" / "any of"
 * groups, groups inside groups, and "not". Every control is labelled with the condition's name and
 * the comparison's number, so a screen reader user knows which one they are in.
 */
export function ConditionBuilder({ label, condition, definition, exclude, onChange }: Props) {
  const targets = conditionTargets(definition, exclude);
  const set = (path: ConditionPath, next: Condition | null) => onChange(replaceAt(condition, path, next));
  const newLeaf = (): Condition | null => (targets[0] ? defaultLeaf(targets[0]) : null);

  function renderNode(node: Condition, path: ConditionPath): React.ReactNode {
    const name = `${label} ${path.length ? path.map((p) => (p === "not" ? "not" : p + 1)).join(".") : "1"}`;
    if ("all" in node || "any" in node) {
      const children = "all" in node ? node.all : node.any;
      return (
        <fieldset className="space-y-2 rounded border border-slate-300 p-2">
          <legend className="px-1 text-sm font-semibold">{path.length ? `Group ${name}` : label}</legend>
          <label className="flex items-center gap-2 text-sm">
            <span>Match</span>
            <select
              aria-label={`Match for ${name}`}
              className={`${inputClass} w-auto`}
              value={"all" in node ? "all" : "any"}
              onChange={() => set(path, toggleGroupMode(node))}
            >
              <option value="all">all of these</option>
              <option value="any">any of these</option>
            </select>
          </label>
          <ul className="space-y-2">
            {children.map((child, i) => (
              <li key={i}>{renderNode(child, [...path, i])}</li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              className={smallButton}
              onClick={() => {
                const leaf = newLeaf();
                if (leaf) onChange(appendAt(condition, path, leaf));
              }}
            >
              Add comparison to {name}
            </Button>
            <Button
              variant="secondary"
              className={smallButton}
              onClick={() => {
                const leaf = newLeaf();
                if (leaf) onChange(appendAt(condition, path, { any: [leaf] }));
              }}
            >
              Add group to {name}
            </Button>
            {path.length ? (
              <Button variant="secondary" className={smallButton} onClick={() => set(path, null)}>
                Remove group {name}
              </Button>
            ) : null}
          </div>
        </fieldset>
      );
    }
    if ("not" in node) {
      return (
        <div className="space-y-2 rounded border border-dashed border-slate-400 p-2">
          <p className="text-sm font-semibold">Not:</p>
          {renderNode(node.not, [...path, "not"])}
          <Button variant="secondary" className={smallButton} onClick={() => set(path, node.not)}>
            Remove &quot;not&quot; from {name}
          </Button>
        </div>
      );
    }
    return (
      <LeafEditor
        name={name}
        leaf={node}
        definition={definition}
        targets={targets}
        onChange={(next) => set(path, next)}
        onRemove={() => set(path, null)}
        onWrap={(kind) => set(path, kind === "not" ? { not: node } : { all: [node] })}
      />
    );
  }

  return <div className="space-y-2">{renderNode(condition, [])}</div>;
}

function LeafEditor({
  name,
  leaf,
  definition,
  targets,
  onChange,
  onRemove,
  onWrap,
}: {
  name: string;
  leaf: LeafCondition;
  definition: Definition;
  targets: ReturnType<typeof conditionTargets>;
  onChange: (next: Condition) => void;
  onRemove: () => void;
  onWrap: (kind: "not" | "group") => void;
}) {
  const item = findConditionTarget(definition, leaf.item);
  const ops = item ? operatorsFor(item) : [];
  return (
    <div className="flex flex-wrap items-end gap-2 rounded bg-slate-50 p-2">
      <select
        aria-label={`Asked in comparison ${name}`}
        className={`${inputClass} w-auto max-w-full`}
        value={item ? leaf.item : ""}
        onChange={(e) => {
          const target = targets.find((i) => i.id === e.target.value);
          if (target) onChange(defaultLeaf(target));
        }}
      >
        {item ? null : <option value="">Unknown: {leaf.item}</option>}
        <TargetOptions definition={definition} targets={targets} />
      </select>
      {item ? (
        <select
          aria-label={`Operator in comparison ${name}`}
          className={`${inputClass} w-auto`}
          value={leaf.op}
          onChange={(e) => onChange(withOp(leaf, item, e.target.value as ConditionOp))}
        >
          {ops.map((op) => (
            <option key={op} value={op}>
              {OP_LABELS[op]}
            </option>
          ))}
        </select>
      ) : null}
      {item && leaf.op !== "answered" ? (
        <ValueInput name={name} leaf={leaf} item={item} onChange={(value) => onChange({ ...leaf, value })} />
      ) : null}
      <Button variant="secondary" className={smallButton} onClick={() => onWrap("group")}>
        Make group of {name}
      </Button>
      <Button variant="secondary" className={smallButton} onClick={() => onWrap("not")}>
        Negate {name}
      </Button>
      <Button variant="secondary" className={smallButton} onClick={onRemove}>
        Remove comparison {name}
      </Button>
    </div>
  );
}

function ValueInput({
  name,
  leaf,
  item,
  onChange,
}: {
  name: string;
  leaf: LeafCondition;
  item: Definition["sections"][number]["items"][number];
  onChange: (value: string | number | boolean) => void;
}) {
  const label = `Value in comparison ${name}`;
  if (item.type === "yesno") {
    return (
      <select
        aria-label={label}
        className={`${inputClass} w-auto`}
        value={String(leaf.value)}
        onChange={(e) => onChange(valueFromInput(item, e.target.value))}
      >
        <option value="true">yes</option>
        <option value="false">no</option>
      </select>
    );
  }
  if (item.type === "single" || item.type === "multi") {
    return (
      <select
        aria-label={label}
        className={`${inputClass} w-auto max-w-full`}
        value={String(leaf.value)}
        onChange={(e) => onChange(e.target.value)}
      >
        {item.options.map((o) => (
          <option key={o.value} value={o.value}>
            {t(o.label)}
          </option>
        ))}
      </select>
    );
  }
  if (item.type === "painmap") {
    return (
      <select
        aria-label={label}
        className={`${inputClass} w-auto`}
        value={String(leaf.value)}
        onChange={(e) => onChange(e.target.value)}
      >
        {PAIN_REGIONS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
    );
  }
  const numeric = item.type === "scale" || item.type === "number";
  return (
    <input
      aria-label={label}
      className={`${inputClass} w-32`}
      type={numeric ? "number" : item.type === "date" ? "date" : "text"}
      value={String(leaf.value ?? "")}
      onChange={(e) => onChange(valueFromInput(item, e.target.value))}
    />
  );
}

/** Questions first, then the computed values (an age from the date of birth), each group labelled for screen readers. */
function TargetOptions({
  definition,
  targets,
}: {
  definition: Definition;
  targets: ReturnType<typeof conditionTargets>;
}) {
  const questions = targets.filter((i) => !isComputedTarget(definition, i.id));
  const computed = targets.filter((i) => isComputedTarget(definition, i.id));
  const options = (list: typeof targets) =>
    list.map((i) => (
      <option key={i.id} value={i.id}>
        {targetLabel(definition, i)}
      </option>
    ));
  if (computed.length === 0) return <>{options(questions)}</>;
  return (
    <>
      <optgroup label="Questions">{options(questions)}</optgroup>
      <optgroup label="Computed values">{options(computed)}</optgroup>
    </>
  );
}
