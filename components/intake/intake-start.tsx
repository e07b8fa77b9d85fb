"use client";

import dynamic from "next/dynamic";
import { useEffect, useState, type ComponentType } from "react";
import { Alert } from "@/components/ui/alert";
import { focusField, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { t } from "@/lib/domain/question-set/text";
import { ConsentStep, CONSENT_FIELD_ID, consentMissing } from "./consent-step";
import type { IntakeFormProps } from "./intake-form";
import { useIntakeText } from "./intake-text";
import { StepButtons } from "./step-buttons";
import { StepFrame } from "./step-frame";

// A returning patient opens on their saved step: the wizard is rendered on the server, its code preloaded.
const ResumedForm = dynamic(() => import("./intake-form").then((m) => m.IntakeForm));

const loadWizard = () => import("./intake-form").then((m) => m.IntakeForm);

/** Anything a patient does on the page: reading on a phone means scrolling, a keyboard user presses Tab. */
const INTENT_EVENTS = ["pointerdown", "touchstart", "keydown", "focusin", "scroll"] as const;

/**
 * How the intake opens. A new patient first sees the consent step, which needs none of the wizard's code (the
 * answer schema, the form library, the rules): the page paints and is ready sooner on a slow phone, and the wizard
 * loads at the patient's first touch, scroll or key, while they read. Agreeing hands over to the wizard at its first
 * questions. A returning patient goes straight to the wizard.
 */
export function IntakeStart({ openingSteps, ...props }: IntakeFormProps & { openingSteps: number }) {
  const { m, locale } = useIntakeText();
  // Chosen once: when the page is rendered again (a change of language), the wizard on screen keeps its state.
  const [Wizard, setWizard] = useState<ComponentType<IntakeFormProps> | null>(() =>
    props.initialProgress ? ResumedForm : null,
  );
  const [agreed] = useState(!props.initialProgress);
  const [consent, setConsent] = useState(false);
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    const stop = () => INTENT_EVENTS.forEach((name) => window.removeEventListener(name, load, true));
    // A failure here is no matter: Next asks again, and says so if it fails then.
    const load = () => {
      stop();
      loadWizard().catch(() => {});
    };
    INTENT_EVENTS.forEach((name) => window.addEventListener(name, load, { capture: true, passive: true }));
    return stop;
  }, []);

  if (Wizard) return <Wizard {...props} agreed={agreed} />;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!consent) {
      setSummary([consentMissing(m)]);
      requestAnimationFrame(() => focusField(CONSENT_FIELD_ID));
      return;
    }
    setLoadFailed(false);
    loadWizard().then(
      (form) => setWizard(() => form),
      () => setLoadFailed(true),
    );
  }

  return (
    <StepFrame
      onSubmit={onSubmit}
      formTitle={t(props.definition.title, locale)}
      current={1}
      total={openingSteps}
      summary={summary}
      heading={m.form.consentTitle}
      after={
        <>
          {loadFailed ? <Alert tone="warning" title={m.form.loadFailed} live /> : null}
          <StepButtons canGoBack={false} onBack={() => {}} kind="consent" returnToReview={false} submitting={false} />
        </>
      }
    >
      <ConsentStep
        checked={consent}
        onChange={(checked) => {
          setConsent(checked);
          if (checked) setSummary([]);
        }}
        error={summary.length > 0 && !consent ? m.consent.error : undefined}
      />
    </StepFrame>
  );
}
