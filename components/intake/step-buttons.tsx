import { Button } from "@/components/ui/button";

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
  return (
    <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
      {canGoBack ? (
        <Button variant="secondary" onClick={onBack}>
          Back
        </Button>
      ) : (
        <span />
      )}
      <Button type="submit" disabled={submitting} aria-disabled={submitting}>
        {kind === "review"
          ? submitting
            ? "Sending…"
            : "Submit my answers"
          : returnToReview && kind === "section"
            ? "Save and return to review"
            : "Next"}
      </Button>
    </div>
  );
}
