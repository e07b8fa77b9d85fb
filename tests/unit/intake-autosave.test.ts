// When the intake form saves a patient's unfinished answers: after a pause in typing, at once on a step change or
// when the page is hidden, and again on a growing delay after a failure — never "saved" until the server said so.
import { describe, expect, it } from "vitest";
import {
  AUTOSAVE_DEBOUNCE_MS,
  Autosaver,
  retryDelayMs,
  type AutosaveState,
  type SaveOptions,
  type SaveOutcome,
  type Timers,
} from "@/lib/domain/intake-flow/autosaver";

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
    now: () => now,
  };
  /** Moves time on, running each timer that comes due (and letting the saves they start answer). */
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
      await settle();
    }
    now = end;
    await settle();
  };
  return { timers, advance };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A server the test answers: each save waits for `answer` unless answers are queued in advance. */
function fakeServer(answers: SaveOutcome[] = []) {
  const calls: SaveOptions[] = [];
  const save = async (options: SaveOptions): Promise<SaveOutcome> => {
    calls.push(options);
    return answers.shift() ?? { ok: true, savedAt: `saved-${calls.length}` };
  };
  return { calls, save };
}

function setUp(answers: SaveOutcome[] = []) {
  const clock = fakeClock();
  const server = fakeServer(answers);
  const states: AutosaveState[] = [];
  const saver = new Autosaver((s) => states.push(s), clock.timers);
  saver.use(server.save);
  return { saver, states, server, advance: clock.advance };
}

describe("autosave while the patient answers", () => {
  it("saves once, a moment after the last change, not on every keystroke", async () => {
    const { saver, server, advance } = setUp();
    for (let i = 0; i < 10; i++) {
      saver.changed();
      await advance(200);
    }
    expect(server.calls).toHaveLength(0);
    await advance(AUTOSAVE_DEBOUNCE_MS);
    expect(server.calls).toHaveLength(1);
  });

  it("says saved only once the server has answered, with the server's time", async () => {
    const { saver, states, advance } = setUp();
    saver.changed();
    expect(states).toEqual([]);
    await advance(AUTOSAVE_DEBOUNCE_MS);
    expect(states).toEqual([{ kind: "saving" }, { kind: "saved", savedAt: "saved-1" }]);
  });

  it("saves at once on a step change, and with keepalive when the page is hidden", async () => {
    const { saver, server } = setUp();
    saver.markDirty();
    saver.flush();
    await settle();
    saver.changed();
    saver.flush({ keepalive: true });
    await settle();
    expect(server.calls).toEqual([{ keepalive: false }, { keepalive: true }]);
  });

  it("sends nothing when nothing changed since the last save", async () => {
    const { saver, server, advance } = setUp();
    saver.flush({ keepalive: true });
    await advance(10_000);
    expect(server.calls).toHaveLength(0);
  });

  it("keeps changes made before there is anything to save (before consent) for the first save", async () => {
    const clock = fakeClock();
    const server = fakeServer();
    const saver = new Autosaver(() => {}, clock.timers);
    saver.changed();
    await clock.advance(AUTOSAVE_DEBOUNCE_MS * 2);
    expect(server.calls).toHaveLength(0);
    saver.use(server.save);
    saver.flush();
    await settle();
    expect(server.calls).toHaveLength(1);
  });
});

describe("a save that fails", () => {
  it("waits 2, 4, 8 and 16 seconds between retries, then every 30 seconds", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("says it failed (never saved) and retries on the backoff until a save gets through", async () => {
    const { saver, states, server, advance } = setUp([{ ok: false }, { ok: false }]);
    saver.changed();
    await advance(AUTOSAVE_DEBOUNCE_MS);
    expect(states.at(-1)).toEqual({ kind: "failed", retryInMs: 2_000 });
    await advance(1_999);
    expect(server.calls).toHaveLength(1);
    await advance(1);
    expect(states.at(-1)).toEqual({ kind: "failed", retryInMs: 4_000 });
    await advance(4_000);
    expect(server.calls).toHaveLength(3);
    expect(states.at(-1)).toEqual({ kind: "saved", savedAt: "saved-3" });
    expect(states.filter((s) => s.kind === "saved")).toHaveLength(1);
  });

  it("treats a network error like a failed answer", async () => {
    const clock = fakeClock();
    const states: AutosaveState[] = [];
    const saver = new Autosaver((s) => states.push(s), clock.timers);
    saver.use(() => Promise.reject(new TypeError("Failed to fetch")));
    saver.changed();
    await clock.advance(AUTOSAVE_DEBOUNCE_MS);
    expect(states.at(-1)).toMatchObject({ kind: "failed", retryInMs: 2_000 });
  });

  it("does not let typing during a failure hammer the server: the retry keeps its delay", async () => {
    const { saver, server, advance } = setUp([{ ok: false }, { ok: false }, { ok: false }]);
    saver.changed();
    await advance(AUTOSAVE_DEBOUNCE_MS); // fails: next try in 2 s
    await advance(1_000);
    saver.changed(); // the retry was due in 1 s; a pause of 1.5 s ends later, so the pause decides
    await advance(1_499);
    expect(server.calls).toHaveLength(1);
    await advance(1); // second failure: next try in 4 s
    expect(server.calls).toHaveLength(2);
    saver.changed(); // a pause of 1.5 s would be sooner than the 4 s retry: the retry wins
    await advance(3_999);
    expect(server.calls).toHaveLength(2);
    await advance(1);
    expect(server.calls).toHaveLength(3);
  });

  it("waits as long as the server asks when it is rate limited", async () => {
    const { saver, server, advance } = setUp([{ ok: false, retryAfterMs: 20_000 }]);
    saver.changed();
    await advance(AUTOSAVE_DEBOUNCE_MS);
    await advance(19_999);
    expect(server.calls).toHaveLength(1);
    await advance(1);
    expect(server.calls).toHaveLength(2);
  });

  it("stops retrying a save the server can never accept, and says so", async () => {
    const { saver, states, server, advance } = setUp([{ ok: false, final: true }]);
    saver.changed();
    await advance(AUTOSAVE_DEBOUNCE_MS);
    expect(states.at(-1)).toEqual({ kind: "failed", retryInMs: null });
    saver.changed();
    await advance(60_000);
    expect(server.calls).toHaveLength(1);
  });
});

describe("saves and the submission", () => {
  it("sends one save at a time; changes made meanwhile follow after it answers", async () => {
    const clock = fakeClock();
    let release: (outcome: SaveOutcome) => void = () => {};
    const calls: SaveOptions[] = [];
    const saver = new Autosaver(() => {}, clock.timers);
    saver.use((options) => {
      calls.push(options);
      return new Promise((resolve) => (release = resolve));
    });
    saver.changed();
    await clock.advance(AUTOSAVE_DEBOUNCE_MS);
    saver.changed();
    saver.markDirty();
    saver.flush();
    await clock.advance(AUTOSAVE_DEBOUNCE_MS * 3);
    expect(calls).toHaveLength(1);
    release({ ok: true, savedAt: "first" });
    await settle();
    expect(calls).toHaveLength(2);
  });

  it("a closing page still sends its last changes while another save is on its way", async () => {
    const clock = fakeClock();
    const calls: SaveOptions[] = [];
    const saver = new Autosaver(() => {}, clock.timers);
    saver.use((options) => {
      calls.push(options);
      return new Promise(() => {});
    });
    saver.changed();
    await clock.advance(AUTOSAVE_DEBOUNCE_MS);
    saver.changed();
    saver.flush({ keepalive: true });
    expect(calls).toEqual([{ keepalive: false }, { keepalive: true }]);
  });

  it("saves nothing once the answers are being submitted, and resumes if the submission did not go through", async () => {
    const { saver, server, advance } = setUp();
    saver.changed();
    saver.stop();
    await saver.settled();
    saver.flush({ keepalive: true });
    await advance(10_000);
    expect(server.calls).toHaveLength(0);
    saver.resume();
    await advance(AUTOSAVE_DEBOUNCE_MS);
    expect(server.calls).toHaveLength(1);
  });
});
