"use client";

import { useEffect, useRef } from "react";
import type { Condition, Definition } from "@/lib/domain/question-set/definition-schema";
import { conditionTargets, defaultLeaf } from "@/lib/domain/question-set/editor/conditions";
import { lowerFirst } from "@/lib/domain/question-set/editor/names";
import { Button } from "@/components/ui/button";
import { ConditionBuilder } from "./condition-builder";
import { smallButton } from "./inputs";

/**
 * "Add a condition" until there is one, then the builder. The button pressed disappears either way, so the focus
 * moves on with it: to the new condition's first control after adding, back to "Add condition" after removing
 * (otherwise a keyboard user is dropped at the top of the page).
 */
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
  const wrapper = useRef<HTMLDivElement>(null);
  // What the focus waits for: the builder after "Add", the button after "Remove"; it moves once that has rendered.
  const moveFocus = useRef<"builder" | "button" | null>(null);
  useEffect(() => {
    if (moveFocus.current !== (condition ? "builder" : "button")) return;
    moveFocus.current = null;
    wrapper.current?.querySelector<HTMLElement>("select, input, button:not(:disabled)")?.focus();
  });
  if (!condition) {
    const first = conditionTargets(definition, exclude)[0];
    return (
      <div ref={wrapper}>
        <Button
          variant="secondary"
          className={smallButton}
          disabled={!first}
          onClick={() => {
            if (!first) return;
            moveFocus.current = "builder";
            onChange({ all: [defaultLeaf(first)] });
          }}
        >
          Add condition: {lowerFirst(ownerLabel)}
        </Button>
      </div>
    );
  }
  return (
    <div ref={wrapper} className="space-y-2">
      <ConditionBuilder
        label={ownerLabel}
        condition={condition}
        definition={definition}
        exclude={exclude}
        onChange={onChange}
      />
      <Button
        variant="secondary"
        className={smallButton}
        onClick={() => {
          moveFocus.current = "button";
          onChange(null);
        }}
      >
        Remove condition: {lowerFirst(ownerLabel)}
      </Button>
    </div>
  );
}
