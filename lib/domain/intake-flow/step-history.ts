/**
 * The intake's steps in the browser's history, so Back and Forward move between steps instead of out of the form.
 * Each step the patient moves to gets a history entry of its own (same address, the step in the entry's state);
 * the browser keeps the order, this keeps what this page pushed, so the form's own Back button can be the
 * browser's Back when that lands on the previous step (and Forward then still returns).
 */

export type StepEntry = { intakeStep: number; intakeSeq: number };

/** The step entry in a history state, if it is one of ours (history.state may hold anything). */
export function readStepEntry(state: unknown): StepEntry | null {
  if (typeof state !== "object" || state === null) return null;
  const { intakeStep, intakeSeq } = state as Record<string, unknown>;
  return Number.isInteger(intakeStep) && Number.isInteger(intakeSeq) && (intakeStep as number) >= 0
    ? { intakeStep: intakeStep as number, intakeSeq: intakeSeq as number }
    : null;
}

export class StepHistory {
  /** Steps by entry position, as far as this page knows them. */
  private readonly steps = new Map<number, number>();
  private position: number;
  private readonly opened: number;

  /** `current` is the entry this page opened on: a reload keeps its position in the browser's history. */
  constructor(step: number, current: StepEntry | null = null) {
    this.position = current?.intakeSeq ?? 0;
    this.opened = this.position;
    this.steps.set(this.position, step);
  }

  /** The entry for the page's own step (to replace the current history entry's state with). */
  here(): StepEntry {
    return { intakeStep: this.steps.get(this.position)!, intakeSeq: this.position };
  }

  /** Moving on to `step`: the entry to push. Entries after this one are gone, as in the browser. */
  push(step: number): StepEntry {
    for (const seq of [...this.steps.keys()]) if (seq > this.position) this.steps.delete(seq);
    this.position++;
    this.steps.set(this.position, step);
    return { intakeStep: step, intakeSeq: this.position };
  }

  /**
   * The browser moved to an entry (popstate): the step to show. An entry with no step of ours is where the
   * page opened (a framework may have replaced that entry's state before ours was written).
   */
  moved(entry: StepEntry | null): number {
    const seq = entry?.intakeSeq ?? this.opened;
    const step = entry?.intakeStep ?? this.steps.get(seq) ?? this.steps.get(this.position)!;
    this.position = seq;
    this.steps.set(seq, step);
    return step;
  }

  /** True when the browser's Back would land on `step`: then the form's Back button should use it. */
  backLandsOn(step: number): boolean {
    return this.steps.get(this.position - 1) === step;
  }
}
