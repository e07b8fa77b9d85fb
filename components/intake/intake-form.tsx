"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { buildAnswerSchema, coerceAnswers, type Answers } from "@/lib/domain/question-set/answer-schema";
import { localToday, visibleWithComputed } from "@/lib/domain/question-set/rule-answers";
import type { Definition, Item, Section } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { focusField, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { answerResolver } from "./answer-resolver";
import { QuestionField } from "./question-field";
import { SafetyPanel } from "./safety-panel";
import type { ClinicContact } from "./clinic-contact";
import { ConsentStep, CONSENT_FIELD_ID, consentMissing } from "./consent-step";
import { ProgressStatus } from "./progress-status";
import { emergentFlags, urgentFlags } from "./live-flags";
import { toFormValues } from "./form-values";
import { submitProblem, type SubmitProblem } from "./submit-messages";
import { localAnswerError } from "@/lib/i18n/answer-errors";
import { useIntakeText } from "./intake-text";
import { useAutosave } from "./use-autosave";
import { useStepHistory } from "./use-step-history";
import { sendAnswers } from "./send-answers";
import { StepButtons } from "./step-buttons";
import { StepFrame } from "./step-frame";
import { shownSections } from "@/lib/domain/intake-flow/shown-sections";
import { initialAnswers } from "@/lib/domain/question-set/initial-answers";

// The review (with the answer formatting it shares with the clinician's summary) loads when the patient reaches it.
const ReviewStep = dynamic(() => import("./review-step").then((m) => m.ReviewStep));

type RawValues = Record<string, unknown>;
type Step = { kind: "consent" } | { kind: "section"; section: Section } | { kind: "review" };

export type InitialProgress = {
  answers: Record<string, unknown>;
  step: number;
  resumeUrl: string;
  expiresAt: string;
  /** When the server last saved it (ISO). */
  savedAt: string;
};

function newIdempotencyKey(): string {
  return crypto.randomUUID().replaceAll("-", "") + Date.now().toString(36);
}

export type IntakeFormProps = {
  definition: Definition;
  versionId: string;
  initialProgress?: InitialProgress;
  contact: ClinicContact;
  /** Sections this language shows in English (a licence that does not allow the translation), and why. */
  englishOnly?: { sections: string[]; note?: string };
  /**
   * The patient has just agreed on the opening consent step (intake-start.tsx), which loads this form: it opens
   * at the first questions, as its own Next would have taken it there.
   */
  agreed?: boolean;
};

/**
 * The wizard: a consent step, one step per shown section, and a review step. Step numbers count all
 * three kinds (consent is 0), and the same integer is what the progress stores, so a resumed patient lands
 * where they left.
 */
export function IntakeForm({
  definition,
  versionId,
  initialProgress,
  contact,
  englishOnly = { sections: [] },
  agreed = false,
}: IntakeFormProps) {
  const { m, f, locale, dir, errorSources } = useIntakeText();
  const schema = useMemo(() => buildAnswerSchema(definition), [definition]);
  const form = useForm<RawValues, unknown, Answers>({
    resolver: answerResolver<RawValues>(schema),
    reValidateMode: "onChange",
    // A new form starts from the set's defaults (a published version holds only those allowed: initial-answers.ts).
    defaultValues: toFormValues(definition, initialProgress ? initialProgress.answers : initialAnswers(definition)),
  });
  const raw = useWatch({ control: form.control }) as RawValues;
  const answers = useMemo(() => coerceAnswers(definition, raw), [definition, raw]);
  const visible = useMemo(() => visibleWithComputed(definition, answers, localToday()), [definition, answers]);
  const emergent = useMemo(() => emergentFlags(definition, raw, locale), [definition, raw, locale]);
  const urgent = useMemo(() => urgentFlags(definition, raw, locale), [definition, raw, locale]);
  const sections = shownSections(definition, visible);
  const steps: Step[] = [
    { kind: "consent" },
    ...sections.map((section) => ({ kind: "section" as const, section })),
    { kind: "review" },
  ];

  // Saved progress exists only once the patient has agreed and moved on.
  const [consent, setConsent] = useState(initialProgress !== undefined || agreed);
  const [stepIndex, setStepIndex] = useState(initialProgress?.step ?? (agreed ? 1 : 0));
  const [returnToReview, setReturnToReview] = useState(false);
  const idempotencyKey = useRef("");
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [formError, setFormError] = useState<SubmitProblem | null>(null);
  // Shown to a returning patient until they move to another step.
  const [welcome, setWelcome] = useState(initialProgress !== undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const index = Math.max(0, Math.min(stepIndex, steps.length - 1));
  const step = steps[index]!;
  const errors = form.formState.errors;

  // Saved progress exists only once the patient has agreed and moved past the consent step.
  const { progress, saver } = useAutosave({
    versionId,
    snapshot: () => ({ answers: form.getValues(), step: index, language: locale }),
    enabled: index > 0,
    initial: initialProgress,
  });
  useEffect(() => {
    // Only the patient's own changes: fields registering as a step opens change nothing worth a save.
    return form.subscribe({
      formState: { values: true },
      callback: ({ type }) => {
        if (type === "change") saver.changed();
      },
    });
  }, [form, saver]);
  // A new step on screen is saved at once (after the render, so the save records that step).
  const shownStep = useRef(index);
  useEffect(() => {
    if (shownStep.current === index) return;
    shownStep.current = index;
    saver.markDirty();
    saver.flush();
  }, [index, saver]);
  // A new language is saved with the progress at once, so a resume link opens in it.
  const savedLanguage = useRef(locale);
  useEffect(() => {
    if (savedLanguage.current === locale) return;
    savedLanguage.current = locale;
    saver.markDirty();
    saver.flush();
  }, [locale, saver]);
  // Opened from the consent step, the history starts there, so the browser's Back returns to it.
  const stepHistory = useStepHistory(agreed ? 0 : index, (target) => show(target));
  const opened = useRef(false);
  useEffect(() => {
    if (!agreed || opened.current) return;
    opened.current = true;
    stepHistory.pushed(index);
    saver.markDirty();
    saver.flush();
    requestAnimationFrame(() => {
      headingRef.current?.focus();
      window.scrollTo(0, 0);
    });
    // Once, as the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** The answer schema speaks English (the server's language too); the patient reads their own. */
  function say(message: string | undefined, item?: Item): string | undefined {
    if (!message) return undefined;
    return localAnswerError(message, {
      messages: m,
      sources: errorSources,
      locale,
      label: (english) => {
        const option = item && "options" in item ? item.options.find((o) => o.label.en === english) : undefined;
        return option ? t(option.label, locale) : english;
      },
    });
  }

  function fieldIdsOf(section: Section): string[] {
    return section.items.filter((i) => visible.has(i.id) && i.type !== "display").map((i) => i.id);
  }

  /** Puts step `next` on screen and saves the progress at it; the history entry is the caller's business. */
  function show(next: number, focusId?: string) {
    setStepIndex(next);
    setSummary([]);
    setFormError(null);
    setWelcome(false);
    // Start keyboard and screen-reader users at the top of the new step (or at the answer they chose to edit).
    requestAnimationFrame(() => {
      if (focusId && focusField(focusId)) return;
      headingRef.current?.focus();
      window.scrollTo(0, 0);
    });
  }

  /** Moving by the form's buttons: a history entry per step, so the browser's Back and Forward follow. */
  function goTo(next: number, focusId?: string) {
    show(next, focusId);
    stepHistory.pushed(next);
  }

  function showErrors(items: ErrorSummaryItem[]) {
    setSummary(items);
    requestAnimationFrame(() => {
      if (items[0]) focusField(items[0].id);
    });
  }

  function summaryOf(section: Section): ErrorSummaryItem[] {
    return section.items.flatMap((item) => {
      const message = say(form.getFieldState(item.id).error?.message, item);
      return visible.has(item.id) && message ? [{ id: item.id, label: t(item.text, locale), message }] : [];
    });
  }

  async function next() {
    if (step.kind === "consent") {
      if (!consent) return showErrors([consentMissing(m)]);
      return goTo(index + 1);
    }
    if (step.kind !== "section") return;
    const ok = await form.trigger(fieldIdsOf(step.section));
    if (!ok) return showErrors(summaryOf(step.section));
    if (returnToReview) {
      setReturnToReview(false);
      return goTo(steps.length - 1);
    }
    goTo(index + 1);
  }

  function back() {
    setReturnToReview(false);
    // The browser's own Back when it lands on the previous step, so its Forward still returns here.
    if (!stepHistory.back(index - 1)) goTo(index - 1);
  }

  function edit(sectionId: string, itemId: string) {
    const target = steps.findIndex((s) => s.kind === "section" && s.section.id === sectionId);
    if (target < 0) return;
    setReturnToReview(true);
    goTo(target, itemId);
  }

  /** Sends the answers; a retry after a failure reuses the same idempotency key, so it can never store twice. */
  async function send(clean: Answers) {
    setFormError(null);
    const outcome = await sendAnswers({
      versionId,
      idempotencyKey: idempotencyKey.current,
      answers: clean,
      language: locale,
    });
    if (outcome.sent) return;
    release();
    const refusal = outcome.refusal;
    if (!refusal) return setFormError({ message: m.submit.unreachable });
    if (refusal.code !== "invalid") return setFormError(submitProblem(refusal, contact, m, dir));
    for (const [id, messages] of Object.entries(refusal.fieldErrors)) {
      form.setError(id, { type: "server", message: messages[0] });
    }
    goToFirstError(refusal.fieldErrors);
    setFormError({ message: m.form.fixAnswers });
  }

  function release() {
    submittingRef.current = false;
    setSubmitting(false);
    saver.resume();
  }

  function goToFirstError(fieldErrors: Record<string, unknown>) {
    const first = steps.findIndex((s) => s.kind === "section" && s.section.items.some((i) => fieldErrors[i.id]));
    const target = steps[first];
    if (!target || target.kind !== "section") return;
    setReturnToReview(true);
    setStepIndex(first);
    stepHistory.pushed(first);
    showErrors(summaryOf(target.section));
  }

  function submit(newCopy = false) {
    // A double click must not send twice; the idempotency key covers retries that reach the server anyway.
    if (submittingRef.current) return;
    submittingRef.current = true;
    setSubmitting(true);
    // One key per copy: a retry reuses it; a second copy the patient asked for gets its own.
    if (newCopy || !idempotencyKey.current) idempotencyKey.current = newIdempotencyKey();
    // No autosave after this: a save landing after the submission would bring its progress back.
    saver.stop();
    void saver.settled().then(() =>
      form.handleSubmit(send, (fieldErrors) => {
        release();
        goToFirstError(fieldErrors);
      })(),
    );
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.kind === "review") submit();
    else void next();
  }

  // A section this language offers in English only is shown in English, with the note that says why.
  const inEnglish = step.kind === "section" && locale !== "en" && englishOnly.sections.includes(step.section.id);
  const sectionLocale = inEnglish ? "en" : locale;
  const title =
    step.kind === "consent"
      ? m.form.consentTitle
      : step.kind === "review"
        ? m.form.reviewTitle
        : t(step.section.title, sectionLocale);

  return (
    <StepFrame
      onSubmit={onSubmit}
      formTitle={t(definition.title, locale)}
      current={index + 1}
      total={steps.length}
      summary={summary}
      notice={
        welcome && index > 0 ? (
          <Alert tone="info" title={f(m.form.welcomeTitle, { step: index + 1, total: steps.length, title })}>
            <p>{m.form.welcomeBody}</p>
          </Alert>
        ) : null
      }
      headingRef={headingRef}
      heading={title}
      headingLang={inEnglish ? "en" : undefined}
      beforeHeading={inEnglish ? <Alert tone="info" title={englishOnly.note ?? m.language.englishOnlyNote} /> : null}
      after={
        <>
          {formError ? (
            <Alert tone="warning" title={formError.message} live>
              {formError.sendAsNew ? (
                <Button variant="secondary" onClick={() => submit(true)} disabled={submitting}>
                  {m.submit.sendAsNew}
                </Button>
              ) : null}
            </Alert>
          ) : null}

          <StepButtons
            canGoBack={index > 0}
            onBack={back}
            kind={step.kind}
            returnToReview={returnToReview}
            submitting={submitting}
          />

          <ProgressStatus progress={progress} />
          <SafetyPanel emergent={emergent} urgent={urgent} contact={contact} />
        </>
      }
    >
      {step.kind === "consent" ? (
        <ConsentStep
          checked={consent}
          onChange={(checked) => {
            setConsent(checked);
            if (checked) setSummary([]);
          }}
          error={summary.some((s) => s.id === CONSENT_FIELD_ID) && !consent ? m.consent.error : undefined}
        />
      ) : step.kind === "review" ? (
        <ReviewStep sections={sections} answers={answers} visible={visible} onEdit={edit} />
      ) : (
        <div className="space-y-6" lang={inEnglish ? "en" : undefined}>
          {step.section.description ? (
            <p className="text-slate-700">{t(step.section.description, sectionLocale)}</p>
          ) : null}
          {step.section.items
            .filter((item) => visible.has(item.id))
            .map((item) => (
              <QuestionField
                key={item.id}
                item={item}
                register={form.register}
                control={form.control}
                locale={sectionLocale}
                error={say(errors[item.id]?.message as string | undefined, item)}
              />
            ))}
        </div>
      )}
    </StepFrame>
  );
}
