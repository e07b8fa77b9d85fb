// Browser Back and Forward inside the intake: each step the patient moves to is a history entry, so Back shows the
// previous step and Forward the next, and the form's own Back button can be the browser's Back.
import { describe, expect, it } from "vitest";
import { readStepEntry, StepHistory } from "@/lib/domain/intake-flow/step-history";
import { savedAtText } from "@/lib/domain/intake-flow/saved-at";

/** A browser's session history for one page, as far as the intake sees it. */
function browser(openingStep: number, opening: unknown = null) {
  const steps = new StepHistory(openingStep, readStepEntry(opening));
  const entries: unknown[] = [opening];
  let at = 0;
  return {
    steps,
    push(step: number) {
      entries.splice(at + 1);
      entries.push(steps.push(step));
      at++;
    },
    back: () => steps.moved(readStepEntry(entries[--at])),
    forward: () => steps.moved(readStepEntry(entries[++at])),
  };
}

describe("browser Back and Forward between intake steps", () => {
  it("goes back through the steps the patient moved through, and forward again", () => {
    const b = browser(0);
    b.push(1);
    b.push(2);
    b.push(3);
    expect(b.back()).toBe(2);
    expect(b.back()).toBe(1);
    expect(b.forward()).toBe(2);
    expect(b.forward()).toBe(3);
  });

  it("lands on the opening step even when the framework replaced that entry's state before ours was written", () => {
    const b = browser(4);
    b.push(5);
    expect(b.back()).toBe(4);
  });

  it("drops the forward steps once the patient moves on from an earlier step, as the browser does", () => {
    const b = browser(0);
    b.push(1);
    b.push(2);
    b.back();
    b.push(5);
    expect(b.back()).toBe(1);
    expect(b.forward()).toBe(5);
  });

  it("lets the form's Back button use the browser's Back only when that lands on the previous step", () => {
    const b = browser(0);
    b.push(1);
    b.push(2);
    expect(b.steps.backLandsOn(1)).toBe(true);
    b.push(7); // jumped to review from step 2
    expect(b.steps.backLandsOn(6)).toBe(false);
  });

  it("keeps its place after a reload: the opening entry's position carries on", () => {
    const b = browser(3, { intakeStep: 3, intakeSeq: 2, __NA: true });
    expect(b.steps.here()).toEqual({ intakeStep: 3, intakeSeq: 2 });
    b.push(4);
    expect(b.back()).toBe(3);
  });

  it("reads no step from a history state that is not the intake's", () => {
    expect(readStepEntry(null)).toBeNull();
    expect(readStepEntry({ __NA: true })).toBeNull();
    expect(readStepEntry({ intakeStep: "2", intakeSeq: 1 })).toBeNull();
    expect(readStepEntry({ intakeStep: -1, intakeSeq: 0 })).toBeNull();
  });
});

describe("the time a save is shown with", () => {
  const now = new Date("2026-12-02T14:30:00Z");
  it("is the patient's own clock time", () => {
    expect(savedAtText("2026-12-02T14:05:09Z", now, "Europe/London")).toBe("Saved at 14:05");
    expect(savedAtText("2026-12-02T14:05:09Z", now, "America/New_York")).toBe("Saved at 09:05");
  });
  it("names the day when the save was not today", () => {
    expect(savedAtText("2026-12-01T18:40:00Z", now, "Europe/London")).toBe("Saved on 1 December at 18:40");
  });
  it("shows nothing for a time it cannot read", () => {
    expect(savedAtText("not a time", now)).toBeNull();
  });
});
