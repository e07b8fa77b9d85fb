// Publishing waits for the draft's saves: a publish that overtook an edit would publish older wording.
import { describe, expect, it } from "vitest";
import { SaveQueue } from "@/components/admin/editor/save-queue";

/** A save the test finishes by hand, recording what it saved. */
function manualSaves() {
  const pending: (() => void)[] = [];
  const saved: number[] = [];
  let edits = 0;
  const queue = new SaveQueue(
    () =>
      new Promise((resolve) => {
        const snapshot = edits;
        pending.push(() => {
          saved.push(snapshot);
          resolve({ ok: true });
        });
      }),
  );
  return {
    queue,
    saved,
    edit() {
      edits++;
      queue.changed();
    },
    finishNext: async () => {
      await Promise.resolve();
      pending.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    pendingCount: () => pending.length,
  };
}

describe("the draft's save queue", () => {
  it("a publish's flush waits for a save already running and then saves the edits made meanwhile", async () => {
    const s = manualSaves();
    s.edit();
    const autosave = s.queue.flush(); // the timer's save starts
    s.edit(); // typed while it runs
    let published = false;
    const beforePublish = s.queue.flush().then((ok) => (published = ok));
    await s.finishNext(); // the first save ends
    expect(published).toBe(false); // the second edit is not saved yet
    await s.finishNext();
    await beforePublish;
    await autosave;
    expect(published).toBe(true);
    expect(s.saved).toEqual([1, 2]);
    expect(s.queue.isDirty()).toBe(false);
  });

  it("three callers flushing at once get one save at a time, and all wait for the last", async () => {
    const s = manualSaves();
    s.edit();
    const first = s.queue.flush();
    s.edit();
    const second = s.queue.flush();
    s.edit();
    const third = s.queue.flush();
    expect(s.pendingCount()).toBe(1);
    await s.finishNext();
    // The two waiting callers must not both start a save (they would race on the row version).
    expect(s.pendingCount()).toBe(1);
    for (let i = 0; i < 2; i++) await s.finishNext();
    expect(await Promise.all([first, second, third])).toEqual([true, true, true]);
    expect(s.saved.at(-1)).toBe(3);
  });

  it("a refused save stops the flush, keeps the edits unsaved, and a stale draft is never saved again", async () => {
    let calls = 0;
    const queue = new SaveQueue(async () => {
      calls++;
      return { ok: false, stale: true };
    });
    queue.changed();
    expect(await queue.flush()).toBe(false);
    expect(queue.isDirty()).toBe(true);
    expect(queue.isStale()).toBe(true);
    expect(await queue.flush()).toBe(false);
    expect(calls).toBe(1);
  });
});
