"use client";

import { Button } from "@/components/ui/button";
import { useIntakeText } from "./intake-text";

/** Back (from the second step on) and the step's one primary action: Next, back to review, or Submit. */
export function StepButtons({
  canGoBack,
  onBack,
  kind,
  returnToReview,
  submitting,
}: {
  canGoBack: boolean;
  onBack: () => void;
  kind: "consent" | "section" | "review";
  returnToReview: boolean;
  submitting: boolean;
}) {
  const { m } = useIntakeText();
  return (
    <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
      {canGoBack ? (
        <Button variant="secondary" onClick={onBack}>
          {m.form.back}
        </Button>
      ) : (
        <span />
      )}
      <Button type="submit" disabled={submitting} aria-disabled={submitting}>
        {kind === "review"
          ? submitting
            ? m.form.sending
            : m.form.submit
          : returnToReview && kind === "section"
            ? m.form.saveAndReturn
            : m.form.next}
      </Button>
    </div>
  );
}
