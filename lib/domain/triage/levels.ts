/**
 * The triage levels, most urgent first. On their own so that client code (the queue's filter list) can name them
 * without pulling the triage engine, the cause catalogue and their schemas into the browser.
 */
export const TRIAGE_LEVELS = ["EMERGENT", "URGENT", "ROUTINE"] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];
