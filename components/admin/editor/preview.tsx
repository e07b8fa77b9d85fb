"use client";

import { useEffect, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { coerceAnswers } from "@/lib/domain/question-set/answer-schema";
import { localToday, visibleWithComputed } from "@/lib/domain/question-set/rule-answers";
import { firedRules } from "@/lib/domain/triage/fired-rules";
import { shownSections } from "@/lib/domain/intake-flow/shown-sections";
import { parseDefinition, type Definition, type Section } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { computeScores } from "@/lib/domain/scoring/compute-scores";
import { IntakeTextProvider } from "@/components/intake/intake-text";
import { QuestionField } from "@/components/intake/question-field";
import english from "@/messages/en.json";
import { EmergencyAdvice } from "@/components/intake/emergency-advice";
import { emergentFlags } from "@/components/intake/live-flags";

/**
 * The patient form as patients will see it, beside the editor: the same question components, the same
 * conditions and the same live emergency warning. It never saves or submits — IntakeForm is wired to
 * the patient's draft and submit actions, so the preview renders its parts instead of the wizard. It shows the
 * section being edited (or every section, on request) and marks the question being edited. A draft with problems
 * previews as it was when it last had none.
 */
export function Preview({
  definition,
  sectionId,
  focusItemId,
}: {
  definition: Definition;
  sectionId?: string;
  focusItemId?: string;
}) {
  const [all, setAll] = useState(false);
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
      {sectionId ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-5" checked={all} onChange={(e) => setAll(e.target.checked)} />
          Show every section
        </label>
      ) : null}
      {shown ? (
        <PreviewForm definition={shown} sectionId={all ? undefined : sectionId} focusItemId={focusItemId} />
      ) : (
        <p>Fix the problems listed to see a preview.</p>
      )}
    </div>
  );
}

function PreviewForm({
  definition,
  sectionId,
  focusItemId,
}: {
  definition: Definition;
  sectionId?: string;
  focusItemId?: string;
}) {
  const form = useForm<Record<string, unknown>>();
  const raw = useWatch({ control: form.control }) as Record<string, unknown>;
  const answers = useMemo(() => coerceAnswers(definition, raw ?? {}), [definition, raw]);
  // Computed values (an age from the date of birth) are not asked, but conditions on them work as on the intake.
  const today = localToday();
  const visible = useMemo(() => visibleWithComputed(definition, answers, today), [definition, answers, today]);
  // The sections the patient's form makes steps of: one of only hidden text is no step there, so none here either.
  const steps = useMemo(() => shownSections(definition, visible), [definition, visible]);
  const emergent = useMemo(() => emergentFlags(definition, raw ?? {}), [definition, raw]);
  // What a clinician would see flagged for these answers (urgent as well as emergent).
  const fired = useMemo(() => firedRules(definition, raw ?? {}, today), [definition, raw, today]);
  const clean = fired.answers;
  const firing = fired.rules;
  // The scores as the clinician's summary will show them, so an admin can check a new score's arithmetic.
  const scores = useMemo(() => computeScores(definition, clean), [definition, clean]);
  useEffect(() => {
    if (focusItemId) document.getElementById(`preview-${focusItemId}`)?.scrollIntoView({ block: "nearest" });
  }, [focusItemId, sectionId]);
  // The patient components read their words from the patient's catalogue; the preview shows the English one (in
  // the admin bundle only: patient pages get theirs from the server, one language at a time).
  return (
    <IntakeTextProvider locale="en" messages={english}>
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
        {steps
          .filter((s) => (sectionId ? s.id === sectionId : true))
          .map((section) => (
            <section key={section.id} aria-label={`Preview: ${t(section.title)}`} className="space-y-4">
              <h3 className="text-lg font-semibold">{t(section.title)}</h3>
              {section.items
                .filter((i) => visible.has(i.id))
                .map((item) => (
                  <div
                    key={item.id}
                    id={`preview-${item.id}`}
                    className={
                      item.id === focusItemId ? "rounded outline-2 outline-offset-4 outline-blue-600" : undefined
                    }
                  >
                    <QuestionField item={item} register={form.register} control={form.control} />
                  </div>
                ))}
            </section>
          ))}
        {sectionId && !steps.some((s) => s.id === sectionId) ? (
          <p className="text-sm">
            {onlyHiddenText(definition.sections.find((s) => s.id === sectionId))
              ? "Patients never see this section: it holds only hidden text, kept for other systems."
              : "This section is hidden for the answers given so far."}
          </p>
        ) : null}
        <p className="text-sm text-slate-600">Preview only: nothing here is saved or sent.</p>
      </form>
    </IntakeTextProvider>
  );
}

const onlyHiddenText = (section: Section | undefined) =>
  section !== undefined && section.items.every((i) => i.type === "display" && i.hidden === true);
