import type { LikelyCause } from "../triage/evaluate";

/**
 * Likely causes, most-supported first: by how many answers point at each (a cause two answers agree on beats one
 * that a single multi-option answer points at twice), then by weight, then as they came (catalogue order).
 */
export function rankCauses<T extends Pick<LikelyCause, "because" | "weight">>(causes: readonly T[]): T[] {
  const support = (c: T) => new Set(c.because.map((b) => b.itemId)).size;
  return causes
    .map((cause, index) => ({ cause, index }))
    .sort((a, b) => support(b.cause) - support(a.cause) || b.cause.weight - a.cause.weight || a.index - b.index)
    .map(({ cause }) => cause);
}

/** "Leg pain question — Yes": the evidence line a clinician can check against the answers. */
export function evidenceLine(evidence: { question: string; answer: string }): string {
  return `${evidence.question} — ${evidence.answer}`;
}
