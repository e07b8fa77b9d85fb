"use client";

import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { coerceAnswers } from "@/lib/domain/question-set/answer-schema";
import { evaluateCondition, pruneHiddenAnswers, visibleItemIds } from "@/lib/domain/question-set/conditions";
import { parseDefinition, type Definition } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { computeScores } from "@/lib/domain/scoring/compute-scores";
import { QuestionField } from "@/components/intake/question-field";
import { EmergencyAdvice } from "@/components/intake/emergency-advice";
import { emergentFlags } from "@/components/intake/live-flags";

/**
 * The patient form as patients will see it, beside the editor: the same question components, the same
 * conditions and the same live emergency warning. It never saves or submits — IntakeForm is wired to
 * the patient's draft and submit actions, so the preview renders its parts instead of the wizard, with
 * every section on one page. A draft with problems previews as it was when it last had none.
 */
export function Preview({ definition }: { definition: Definition }) {
  const parsed = useMemo(() => parseDefinition(definition), [definition]);
  // React's "information from previous renders" pattern: remember the last definition that parsed.
  const [lastValid, setLastValid] = useState<Definition | null>(null);
  if (parsed.ok && parsed.definition !== lastValid) setLastValid(parsed.definition);
  const shown = parsed.ok ? parsed.definition : lastValid;
  return (
    <div className="space-y-3">
      {!parsed.ok ? (
        <p className="rounded bg-amber-50 p-2 text-sm">
          The draft has problems (listed above the editor); the preview shows it as it last was without them.
        </p>
      ) : null}
      {shown ? <PreviewForm definition={shown} /> : <p>Fix the problems listed to see a preview.</p>}
    </div>
  );
}

function PreviewForm({ definition }: { definition: Definition }) {
  const form = useForm<Record<string, unknown>>();
  const raw = useWatch({ control: form.control }) as Record<string, unknown>;
  const answers = useMemo(() => coerceAnswers(definition, raw ?? {}), [definition, raw]);
  const visible = useMemo(() => visibleItemIds(definition, answers), [definition, answers]);
  const emergent = useMemo(() => emergentFlags(definition, raw ?? {}), [definition, raw]);
  // What a clinician would see flagged for these answers (urgent as well as emergent).
  const clean = useMemo(() => pruneHiddenAnswers(definition, answers), [definition, answers]);
  const firing = useMemo(
    () => definition.redFlagRules.filter((rule) => evaluateCondition(rule.when, clean)),
    [definition, clean],
  );
  // The scores as the clinician's summary will show them, so an admin can check a new score's arithmetic.
  const scores = useMemo(() => computeScores(definition, clean), [definition, clean]);
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} className="space-y-6">
      {emergent.length > 0 ? <EmergencyAdvice flags={emergent} live /> : null}
      {firing.length > 0 ? (
        <div className="rounded border border-slate-300 bg-slate-50 p-2 text-sm" aria-live="polite">
          <p className="font-semibold">Red flags these answers raise for the clinician:</p>
          <ul className="list-disc pl-5">
            {firing.map((r) => (
              <li key={r.id}>
                {r.severity.toLowerCase()}: {t(r.title)} — {r.citation}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {scores.length > 0 ? (
        <div
          role="region"
          aria-label="Scores for these answers"
          className="rounded border border-indigo-200 bg-indigo-50 p-2 text-sm"
          aria-live="polite"
        >
          <p className="font-semibold">Scores these answers give (as the clinician sees them):</p>
          <ul className="list-disc pl-5">
            {scores.map((sc) => (
              <li key={sc.id}>{sc.working}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {definition.sections
        .filter((s) => s.items.some((i) => visible.has(i.id)))
        .map((section) => (
          <section key={section.id} aria-label={`Preview: ${t(section.title)}`} className="space-y-4">
            <h3 className="text-lg font-semibold">{t(section.title)}</h3>
            {section.items
              .filter((i) => visible.has(i.id))
              .map((item) => (
                <QuestionField key={item.id} item={item} register={form.register} control={form.control} />
              ))}
          </section>
        ))}
      <p className="text-sm text-slate-600">Preview only: nothing here is saved or sent.</p>
    </form>
  );
}
