"use client";

import { useMemo } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { conditionTargets, defaultLeaf } from "@/lib/domain/question-set/editor/conditions";
import { idFromLabel } from "@/lib/domain/question-set/editor/ids";
import { editorNames } from "@/lib/domain/question-set/editor/names";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import {
  addRedFlagRule,
  deleteRedFlagRule,
  moveRedFlagRule,
  newRedFlagRule,
  updateRedFlagRule,
} from "@/lib/domain/question-set/editor/rules";
import { AddRuleForm } from "./add-forms";
import { RuleCard } from "./rule-card";
import { SortableList } from "./sortable";

/** Every red-flag rule (reorderable), and the form to add one. */
export function RulesPanel({
  definition,
  readOnly,
  isOpen,
  onAdded,
  apply,
}: {
  definition: Definition;
  readOnly: boolean;
  isOpen: (key: string) => boolean;
  onAdded: (key: string) => void;
  apply: (result: EditResult) => void;
}) {
  const names = useMemo(() => editorNames(definition), [definition]);
  return (
    <section id="editor-rules" aria-labelledby="editor-rules-heading" tabIndex={-1} className="space-y-3">
      <h2 id="editor-rules-heading" className="text-xl font-bold">
        Red-flag rules
      </h2>
      <SortableList
        ids={definition.redFlagRules.map((r) => r.id)}
        kind="rule"
        nameOf={names.rule}
        onMove={(id, to) => apply(moveRedFlagRule(definition, id, to))}
      >
        <ol className="space-y-3">
          {definition.redFlagRules.map((rule, ri) => (
            <RuleCard
              key={rule.id}
              readOnly={readOnly}
              rule={rule}
              name={names.rule(rule.id)}
              index={ri}
              count={definition.redFlagRules.length}
              definition={definition}
              startOpen={isOpen(`rule:${rule.id}`)}
              onChange={(next) => apply(updateRedFlagRule(definition, rule.id, next))}
              onMove={(to) => apply(moveRedFlagRule(definition, rule.id, to))}
              onDelete={() => {
                if (window.confirm(`Delete the red-flag rule ${names.rule(rule.id)}?`))
                  apply(deleteRedFlagRule(definition, rule.id));
              }}
            />
          ))}
        </ol>
      </SortableList>
      <AddRuleForm
        onAdd={(title) => {
          const id = idFromLabel(
            title,
            definition.redFlagRules.map((r) => r.id),
            "rule",
            "-",
          );
          const first = conditionTargets(definition)[0];
          const rule = newRedFlagRule(id, first ? { all: [defaultLeaf(first)] } : { all: [] });
          if (title) rule.title = { en: title };
          if (first) apply(addRedFlagRule(definition, rule));
          onAdded(`rule:${id}`);
        }}
      />
    </section>
  );
}
