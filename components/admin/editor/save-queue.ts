/**
 * The draft autosave's ordering, apart from React so it can be tested on its own: one save at a time, and
 * `flush()` resolves only when every save in flight has finished and nothing is left unsaved (a publish must
 * never overtake an edit, even when saves were queued behind each other by several callers).
 */
export class SaveQueue {
  private running: Promise<boolean> | null = null;
  private dirty = false;
  private stale = false;

  /** `saveOnce` saves the latest edits; it returns false when the save was refused, and whether that is final. */
  constructor(private readonly saveOnce: () => Promise<{ ok: boolean; stale?: boolean }>) {}

  changed() {
    this.dirty = true;
  }

  isDirty() {
    return this.dirty;
  }

  isStale() {
    return this.stale;
  }

  /** Saves until nothing is unsaved; false if a save was refused. */
  async flush(): Promise<boolean> {
    if (this.stale) return false;
    for (;;) {
      // Another caller's save may be running, and more may queue behind it: wait for all of them.
      while (this.running) await this.running;
      if (!this.dirty) return true;
      if (this.stale) return false;
      this.dirty = false;
      const run = this.saveOnce().then((result) => {
        if (!result.ok) {
          this.dirty = true;
          this.stale = result.stale ?? false;
        }
        return result.ok;
      });
      this.running = run;
      const ok = await run;
      if (this.running === run) this.running = null;
      if (!ok) return false;
    }
  }
}
