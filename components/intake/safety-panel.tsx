"use client";

import { useLayoutEffect, useRef, useState } from "react";
import { CallButton } from "./call-button";
import type { ClinicContact } from "./clinic-contact";
import type { LiveFlag } from "./live-flags";
import { emergencyInstruction, urgentInstruction } from "./emergency-text";
import { useIntakeText } from "./intake-text";

type Level = "EMERGENT" | "URGENT" | null;

/**
 * Advice that stays where the patient is looking: the moment an answer fires a red flag it appears in
 * a panel fixed to the bottom of the screen, however far down the step the question was. A spacer of
 * the panel's height keeps the form's own buttons reachable above it.
 *
 * Screen readers hear it once per change of level (an emergency interrupts, urgent advice waits its
 * turn), not on every answer: the live regions' text depends only on the level.
 */
export function SafetyPanel({
  emergent,
  urgent,
  contact,
}: {
  emergent: LiveFlag[];
  urgent: LiveFlag[];
  contact: ClinicContact;
}) {
  const { m, f, dir } = useIntakeText();
  const level: Level = emergent.length > 0 ? "EMERGENT" : urgent.length > 0 ? "URGENT" : null;
  const panelRef = useRef<HTMLElement>(null);
  const [height, setHeight] = useState(0);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel) return setHeight(0);
    const observer = new ResizeObserver(() => setHeight(panel.getBoundingClientRect().height));
    observer.observe(panel);
    return () => observer.disconnect();
  }, [level]);

  return (
    <>
      <div aria-live="assertive" className="sr-only">
        {level === "EMERGENT" ? `${m.safety.emergencyTitle}. ${emergencyInstruction(contact, m, dir)}` : ""}
      </div>
      <div aria-live="polite" className="sr-only">
        {level === "URGENT" ? `${m.safety.urgentTitle}. ${urgentInstruction(contact, m, dir)}` : ""}
      </div>
      {level ? <div aria-hidden="true" style={{ height }} /> : null}
      {level === "EMERGENT" ? (
        <aside
          ref={panelRef}
          aria-labelledby="safety-panel-title"
          className="fixed inset-x-0 bottom-0 z-40 max-h-[70vh] overflow-y-auto border-t-4 border-red-700 bg-red-50 text-red-950 shadow-[0_-4px_16px_rgba(0,0,0,0.2)]"
        >
          <div className="mx-auto max-w-2xl space-y-3 p-4">
            <p id="safety-panel-title" className="text-xl font-bold">
              {m.safety.emergencyTitle}
            </p>
            <p>{emergencyInstruction(contact, m, dir)}</p>
            <div className="flex flex-col gap-2 sm:flex-row">
              <CallButton
                phone={contact.emergencyNumber}
                label={
                  contact.emergencyNumber ? f(m.safety.callNumber, { number: contact.emergencyNumber }) : m.safety.call
                }
                tone="emergency"
              />
              <CallButton phone={contact.clinicPhone} label={m.safety.callClinic} tone="clinic" />
            </div>
            <FlagDetails flags={emergent} summary={m.safety.why} />
            <p className="text-sm">{m.safety.finishLater}</p>
          </div>
        </aside>
      ) : level === "URGENT" ? (
        <aside
          ref={panelRef}
          aria-labelledby="safety-panel-title"
          className="fixed inset-x-0 bottom-0 z-40 max-h-[50vh] overflow-y-auto border-t-4 border-amber-600 bg-amber-50 text-amber-950 shadow-[0_-4px_16px_rgba(0,0,0,0.15)]"
        >
          <div className="mx-auto max-w-2xl space-y-2 p-4">
            <p id="safety-panel-title" className="text-lg font-bold">
              {m.safety.urgentTitle}
            </p>
            <p>{urgentInstruction(contact, m, dir)}</p>
            <CallButton phone={contact.clinicPhone} label={m.safety.callClinic} tone="clinic" />
            <FlagDetails flags={urgent} summary={m.safety.why} />
          </div>
        </aside>
      ) : null}
    </>
  );
}

function FlagDetails({ flags, summary }: { flags: LiveFlag[]; summary: string }) {
  return (
    <details>
      <summary className="cursor-pointer font-semibold underline underline-offset-2">{summary}</summary>
      <ul className="mt-1 list-disc space-y-1 ps-5">
        {flags.map((f) => (
          <li key={f.ruleId}>{f.patientText}</li>
        ))}
      </ul>
    </details>
  );
}
