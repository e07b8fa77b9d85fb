"use client";

import { useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  buildAnswerSchema,
  coerceAnswers,
  visibleItemIds,
  type Answers,
  type Definition,
} from "@/lib/domain/question-set";
import { t } from "@/lib/domain/question-set/text";
import { evaluate } from "@/lib/domain/triage";
import { submitIntakeAction } from "@/app/(patient)/intake/actions";
import type { PatientGuidance } from "@/lib/db/submissions/submit-intake";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { QuestionField } from "./question-field";
import { Confirmation } from "./confirmation";
import { EmergencyAdvice } from "./emergency-advice";

type RawValues = Record<string, unknown>;

function newIdempotencyKey(): string {
  return crypto.randomUUID().replaceAll("-", "") + Date.now().toString(36);
}

export function IntakeForm({ definition, versionId }: { definition: Definition; versionId: string }) {
  const schema = useMemo(() => buildAnswerSchema(definition), [definition]);
  const form = useForm<RawValues, unknown, Answers>({ resolver: zodResolver(schema), reValidateMode: "onChange" });
  const raw = useWatch({ control: form.control }) as RawValues;
  const answers = useMemo(() => coerceAnswers(definition, raw), [definition, raw]);
  const visible = useMemo(() => visibleItemIds(definition, answers), [definition, answers]);
  const live = useMemo(() => evaluate(definition, answers), [definition, answers]);
  const steps = definition.sections.filter((s) => s.items.some((i) => visible.has(i.id)));

  const [stepIndex, setStepIndex] = useState(0);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ referenceCode: string; guidance: PatientGuidance } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const index = Math.min(stepIndex, steps.length - 1);
  const step = steps[index];
  const isLast = index === steps.length - 1;
  const errors = form.formState.errors;

  function goTo(next: number) {
    setStepIndex(next);
    // Move focus to the new step's heading so keyboard and screen-reader users start at its top.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function next() {
    if (!step) return;
    const ids = step.items.filter((i) => visible.has(i.id) && i.type !== "display").map((i) => i.id);
    if (await form.trigger(ids, { shouldFocus: true })) goTo(index + 1);
  }

  async function send(clean: Answers) {
    setSubmitting(true);
    setFormError(null);
    try {
      const result = await submitIntakeAction({ versionId, idempotencyKey, answers: clean });
      if (result.ok) {
        setDone({ referenceCode: result.referenceCode, guidance: result.guidance });
        window.scrollTo(0, 0);
        return;
      }
      if (result.code === "invalid") {
        for (const [id, messages] of Object.entries(result.fieldErrors)) {
          form.setError(id, { type: "server", message: messages[0] });
        }
        const firstBad = steps.findIndex((s) => s.items.some((i) => result.fieldErrors[i.id]));
        if (firstBad >= 0) goTo(firstBad);
        setFormError("Some answers need another look. They are marked below.");
      } else if (result.code === "version-not-published") {
        setFormError("This form has been updated since you opened it. Please reload the page to continue.");
      } else {
        setFormError("Something went wrong sending your answers. Please try again.");
      }
    } catch {
      setFormError(
        "We could not reach the clinic's server. Your answers are still here: check your connection and press Submit again.",
      );
    } finally {
      setSubmitting(false);
    }
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (isLast) return void form.handleSubmit(send)(event);
    event.preventDefault();
    void next();
  }

  if (done) return <Confirmation referenceCode={done.referenceCode} guidance={done.guidance} />;
  if (!step) return null;

  const emergent = live.level === "EMERGENT" ? live.flags.filter((f) => f.severity === "EMERGENT") : [];

  return (
    <form noValidate onSubmit={onSubmit} className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t(definition.title)}</h1>
        <p className="mt-1 text-slate-700" aria-live="polite">
          Step {index + 1} of {steps.length}
        </p>
        <progress
          className="mt-2 h-2 w-full accent-blue-800"
          max={steps.length}
          value={index + 1}
          aria-label="Progress"
        />
      </div>

      {emergent.length > 0 ? <EmergencyAdvice flags={emergent} live /> : null}

      <section aria-labelledby="step-heading" className="space-y-6 rounded-xl bg-white p-4 shadow-sm sm:p-6">
        <h2 id="step-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          {t(step.title)}
        </h2>
        {step.description ? <p className="text-slate-700">{t(step.description)}</p> : null}
        {step.items
          .filter((item) => visible.has(item.id))
          .map((item) => (
            <QuestionField
              key={item.id}
              item={item}
              register={form.register}
              error={errors[item.id]?.message as string | undefined}
            />
          ))}
      </section>

      {formError ? <Alert tone="warning" title={formError} live /> : null}

      <div className="flex justify-between gap-3">
        {index > 0 ? (
          <Button variant="secondary" onClick={() => goTo(index - 1)}>
            Back
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" disabled={submitting}>
          {isLast ? (submitting ? "Sending…" : "Submit my answers") : "Next"}
        </Button>
      </div>
    </form>
  );
}
