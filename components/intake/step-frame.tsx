"use client";

import type { Ref } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { ProgressSteps } from "@/components/ui/progress-steps";
import { useIntakeText } from "./intake-text";

/**
 * What every step of the intake looks like around its questions: the form's title and progress, the error summary,
 * an optional notice, and the step's card with its heading. The opening consent step (intake-start.tsx) and the
 * wizard (intake-form.tsx) share it, so the hand-over from one to the other changes nothing on screen.
 */
export function StepFrame({
  onSubmit,
  formTitle,
  current,
  total,
  summary,
  notice,
  headingRef,
  heading,
  headingLang,
  beforeHeading,
  children,
  after,
}: {
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  formTitle: string;
  current: number;
  total: number;
  summary: ErrorSummaryItem[];
  notice?: React.ReactNode;
  /** For the wizard, which moves focus to the heading of each new step. */
  headingRef?: Ref<HTMLHeadingElement>;
  heading: string;
  headingLang?: string;
  beforeHeading?: React.ReactNode;
  children: React.ReactNode;
  /** Below the card: messages, the step's buttons, the saved status, the safety panel. */
  after: React.ReactNode;
}) {
  const { m, f } = useIntakeText();
  return (
    <form noValidate onSubmit={onSubmit} className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">{formTitle}</h1>
        <ProgressSteps
          current={current}
          total={total}
          words={{ step: f(m.form.step, { current, total }), progress: m.form.progress }}
        />
      </div>

      <ErrorSummary title={m.form.problemTitle} errors={summary} />

      {notice}

      <section aria-labelledby="step-heading" className="space-y-6 rounded-xl bg-white p-4 shadow-sm sm:p-6">
        {beforeHeading}
        <h2 id="step-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold" lang={headingLang}>
          {heading}
        </h2>
        {children}
      </section>

      {after}
    </form>
  );
}
