"use client";

import type { Condition, Definition } from "@/lib/domain/question-set/definition-schema";
import { conditionTargets, defaultLeaf } from "@/lib/domain/question-set/editor/conditions";
import { lowerFirst } from "@/lib/domain/question-set/editor/names";
import { Button } from "@/components/ui/button";
import { ConditionBuilder } from "./condition-builder";
import { smallButton } from "./inputs";

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
        Add condition: {lowerFirst(ownerLabel)}
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
        Remove condition: {lowerFirst(ownerLabel)}
      </Button>
    </div>
  );
}
