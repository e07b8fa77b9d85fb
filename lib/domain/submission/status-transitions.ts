import type { SubmissionStatus } from "./status";

/**
 * The clinical workflow: a submission moves forward through review to contact and closure. Re-opening a closed
 * submission (back to IN_REVIEW) is allowed because a patient may call back; skipping review is not.
 */
const ALLOWED: Record<SubmissionStatus, readonly SubmissionStatus[]> = {
  NEW: ["IN_REVIEW"],
  IN_REVIEW: ["CONTACTED", "CLOSED"],
  CONTACTED: ["CLOSED", "IN_REVIEW"],
  CLOSED: ["IN_REVIEW"],
};

export function canTransition(from: SubmissionStatus, to: SubmissionStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function nextStatuses(from: SubmissionStatus): readonly SubmissionStatus[] {
  return ALLOWED[from];
}
