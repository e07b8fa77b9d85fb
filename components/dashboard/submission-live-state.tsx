"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { Acknowledgement } from "@/lib/domain/submission/acknowledgement-view";

type LiveState = {
  rowVersion: number;
  acknowledgement: Acknowledgement | null;
  acknowledged: (acknowledgement: Acknowledgement, rowVersion: number) => void;
};

const Live = createContext<LiveState | null>(null);

/**
 * What an action on the submission page changes without a new render of the whole page: whether and by whom it is
 * acknowledged, and the row version every form sends. Acknowledging used to re-render the page (a second read of
 * the submission, its answers and a "viewed" audit event, then the browser reconciling every answer); now the
 * action answers with these two facts and only the parts that show them change.
 *
 * The server's values win once they catch up (any later full render brings the same or a newer row version), so
 * a page re-rendered by another action never goes back to an older state.
 */
export function SubmissionLiveState({
  rowVersion,
  acknowledgement,
  children,
}: {
  rowVersion: number;
  acknowledgement: Acknowledgement | null;
  children: ReactNode;
}) {
  const [local, setLocal] = useState<{ rowVersion: number; acknowledgement: Acknowledgement | null }>({
    rowVersion,
    acknowledgement: null,
  });
  const value: LiveState = {
    rowVersion: Math.max(rowVersion, local.rowVersion),
    acknowledgement: acknowledgement ?? local.acknowledgement,
    acknowledged: (next, nextRowVersion) => setLocal({ rowVersion: nextRowVersion, acknowledgement: next }),
  };
  return <Live.Provider value={value}>{children}</Live.Provider>;
}

/** The row version a form should send: the live one on the submission page, the rendered one elsewhere. */
export function useRowVersion(rendered: number): number {
  const live = useContext(Live);
  return live ? Math.max(live.rowVersion, rendered) : rendered;
}

/** The acknowledgement as it stands now: the live one on the submission page, the rendered one elsewhere. */
export function useAcknowledgement(rendered: Acknowledgement | null): Acknowledgement | null {
  return useContext(Live)?.acknowledgement ?? rendered;
}

/** Records an acknowledgement the action reported, for every part of the page that shows it. */
export function useAcknowledged(): LiveState["acknowledged"] {
  return useContext(Live)?.acknowledged ?? (() => undefined);
}

/** "acknowledged by Ada at 1 Dec 2026, 09:30 GMT" in the header, or a red "not acknowledged". */
export function AcknowledgementInline({ rendered }: { rendered: Acknowledgement | null }) {
  const ack = useAcknowledgement(rendered);
  return ack ? (
    <>
      acknowledged by {ack.byName} at <time dateTime={ack.at}>{ack.atText}</time>
    </>
  ) : (
    <span className="font-semibold text-red-800">not acknowledged</span>
  );
}

/** The same fact in the alerts panel, with what acknowledging does. */
export function AcknowledgementSentence({ rendered }: { rendered: Acknowledgement | null }) {
  const ack = useAcknowledgement(rendered);
  return ack ? (
    <p className="mb-3">
      Acknowledged by <span className="font-semibold">{ack.byName}</span> at {ack.atText}.
    </p>
  ) : (
    <p className="mb-3">
      Not acknowledged yet. Acknowledging (at the top of the page) tells colleagues you have it and stops escalation
      alerts.
    </p>
  );
}
