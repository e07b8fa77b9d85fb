"use client";

import { useEffect, useEffectEvent, useRef } from "react";
import { readStepEntry, StepHistory } from "@/lib/domain/intake-flow/step-history";

/**
 * Browser Back and Forward move between the intake's steps (lib/domain/intake-flow/step-history.ts). Plain
 * `history.pushState` on the same address: Next.js keeps its own router state in the entries it is given.
 * `show` is called with the step to display when the browser moves.
 */
export function useStepHistory(initialStep: number, show: (step: number) => void) {
  const history = useRef<StepHistory | null>(null);
  const wroteOpening = useRef(false);
  const showStep = useEffectEvent(show);

  useEffect(() => {
    const steps = new StepHistory(initialStep, readStepEntry(window.history.state));
    history.current = steps;
    const onPopState = (event: PopStateEvent) => {
      // Another address is the framework's to handle (the patient left the intake).
      if (window.location.pathname !== "/intake") return;
      showStep(steps.moved(readStepEntry(event.state)));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
    // Once per page: the opening step is only where the history starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    /** The patient moved on to `step` by the form's own buttons: one history entry for it. */
    pushed(step: number) {
      const steps = history.current;
      if (!steps) return;
      // The opening entry's state is written at the first move, after the framework has written its own.
      if (!wroteOpening.current) {
        window.history.replaceState({ ...(window.history.state ?? {}), ...steps.here() }, "");
        wroteOpening.current = true;
      }
      window.history.pushState({ ...steps.push(step) }, "");
    },
    /** The form's Back button: the browser's own Back when that lands on `step`; false when it would not. */
    back(step: number): boolean {
      if (!history.current?.backLandsOn(step)) return false;
      window.history.back();
      return true;
    },
  };
}
