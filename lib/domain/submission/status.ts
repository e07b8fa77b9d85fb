export const SUBMISSION_STATUSES = ["NEW", "IN_REVIEW", "CONTACTED", "CLOSED"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  CONTACTED: "Contacted",
  CLOSED: "Closed",
};

/** An idempotency key is made by the form when it opens: random, URL-safe, long enough not to collide. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,100}$/;
