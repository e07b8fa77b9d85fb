/**
 * When the intake form saves the patient's progress: a short pause after the patient's last change (not every keystroke), at
 * once when asked (a step change, the page being hidden), and, after a failure, again on a growing delay until a
 * save gets through. Pure scheduling: the save itself and the clock are passed in, so it is tested without a
 * browser or a server.
 */

/** The pause after the last change before a save: long enough to cover typing a word, short enough to lose little. */
export const AUTOSAVE_DEBOUNCE_MS = 1_500;

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/** Delay before retrying after `failures` failed saves in a row: 2 s, 4 s, 8 s, 16 s, then every 30 s. */
export function retryDelayMs(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

export type SaveOutcome =
  | { ok: true; savedAt: string }
  /** `retryAfterMs` is the server's own wait (a rate limit); `final` means retrying the same request cannot help. */
  | { ok: false; retryAfterMs?: number; final?: boolean };

export type AutosaveState =
  | { kind: "idle" }
  | { kind: "saving"; lastSavedAt?: string }
  | { kind: "saved"; savedAt: string }
  | { kind: "failed"; retryInMs: number | null; lastSavedAt?: string };

export type SaveOptions = { keepalive: boolean };

export type Timers = {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
};

const realTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export class Autosaver {
  private dirty = false;
  private inFlight = false;
  private flushAfterFlight = false;
  private failures = 0;
  private stopped = false;
  private timer: unknown = null;
  private timerAt = 0;
  private retryAt = 0;
  private lastSavedAt: string | undefined;
  private final = false;
  private flight: Promise<void> | null = null;

  private save: ((options: SaveOptions) => Promise<SaveOutcome>) | null = null;

  constructor(
    private readonly onState: (state: AutosaveState) => void,
    private readonly timers: Timers = realTimers,
    private readonly debounceMs = AUTOSAVE_DEBOUNCE_MS,
  ) {}

  /**
   * How to save, from now on (it sees the page's latest answers); none while there is nothing to save yet (before
   * the patient agrees): changes are then kept for the first save.
   */
  use(save: ((options: SaveOptions) => Promise<SaveOutcome>) | null) {
    this.save = save;
  }

  /** An answer changed: save after the pause, or at the pending retry if that is later (a failure keeps its backoff). */
  changed() {
    if (this.stopped) return;
    this.dirty = true;
    const now = this.timers.now();
    this.schedule(Math.max(now + this.debounceMs, this.retryAt) - now);
  }

  /** Save now if anything is unsaved (or a save failed): a step change, or the page being hidden or closed. */
  flush(options: SaveOptions = { keepalive: false }) {
    if (this.stopped || !this.dirty) return;
    this.cancelTimer();
    // A keepalive save is the page's last word: it goes even while another save is on its way, which the
    // closing page may cancel.
    if (!this.save) return;
    if (this.inFlight && !options.keepalive) {
      this.flushAfterFlight = true;
      return;
    }
    this.start(options);
  }

  /** Something changed that must be saved (the step), whether or not an answer did. */
  markDirty() {
    if (!this.stopped) this.dirty = true;
  }

  /** No more saves (the answers are being submitted: a late save would bring a finished intake's progress back). */
  stop() {
    this.stopped = true;
    this.cancelTimer();
  }

  /** Saves again after a stop (a submission that did not go through): what is unsaved goes after the pause. */
  resume() {
    if (!this.stopped || this.final) return;
    this.stopped = false;
    if (this.dirty) this.schedule(this.debounceMs);
  }

  /** Resolves once no save is on its way. */
  settled(): Promise<void> {
    return this.flight ?? Promise.resolve();
  }

  private start(options: SaveOptions) {
    const flight = this.run(options).finally(() => {
      if (this.flight === flight) this.flight = null;
    });
    this.flight = flight;
  }

  private async run(options: SaveOptions) {
    const save = this.save!;
    this.dirty = false;
    this.inFlight = true;
    this.onState({ kind: "saving", lastSavedAt: this.lastSavedAt });
    let outcome: SaveOutcome;
    try {
      outcome = await save(options);
    } catch {
      outcome = { ok: false };
    }
    this.inFlight = false;
    const flushNow = this.flushAfterFlight;
    this.flushAfterFlight = false;
    if (this.stopped) return;
    if (outcome.ok) {
      this.failures = 0;
      this.retryAt = 0;
      this.lastSavedAt = outcome.savedAt;
      this.onState({ kind: "saved", savedAt: outcome.savedAt });
      // Changes made while this save was on its way: at once if a flush asked meanwhile, else after their pause.
      if (this.dirty && flushNow) this.flush();
      else if (this.dirty && this.timer === null) this.schedule(this.debounceMs);
      return;
    }
    this.dirty = true;
    this.failures++;
    if (outcome.final) {
      this.final = true;
      this.onState({ kind: "failed", retryInMs: null, lastSavedAt: this.lastSavedAt });
      this.stop();
      return;
    }
    const delay = Math.max(outcome.retryAfterMs ?? 0, retryDelayMs(this.failures));
    this.retryAt = this.timers.now() + delay;
    this.onState({ kind: "failed", retryInMs: delay, lastSavedAt: this.lastSavedAt });
    this.schedule(delay);
  }

  private schedule(ms: number) {
    const at = this.timers.now() + ms;
    if (this.timer !== null && this.timerAt === at) return;
    this.cancelTimer();
    this.timerAt = at;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      if (this.inFlight) {
        // One save at a time: try again once the one on its way has answered.
        this.schedule(this.debounceMs);
        return;
      }
      if (this.dirty && this.save) this.start({ keepalive: false });
    }, ms);
  }

  private cancelTimer() {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
