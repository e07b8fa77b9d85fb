"use client";

import { useSyncExternalStore } from "react";
import { savedAtText } from "@/lib/domain/intake-flow/saved-at";
import { CopyButton } from "@/components/ui/copy-button";

export type DraftState = {
  /** The last answer from the server: what the patient is told. A save on its way changes none of it. */
  settled: { kind: "none" } | { kind: "saved"; savedAt: string } | { kind: "failed"; retrying: boolean };
  saving: boolean;
  resumeUrl?: string;
  expiresAt?: string;
};

const NOT_SAVED =
  "Not saved yet: we could not reach the clinic's server. Your answers are still on this page, and we keep trying.";
const CANNOT_SAVE =
  "Not saved: this page can no longer save your answers (the form may have been updated). Reload the page to carry on.";

/**
 * Whether the answers are safe to leave. "Saved" only after the server said so, with its time; a failure says so.
 * The status is polite and changes only when a save is answered (a pause in typing, at most), and repeating the
 * same time says nothing new, so a screen reader is not talked over while the patient types.
 */
export function DraftStatus({ draft }: { draft: DraftState }) {
  // The time is in the patient's zone, known only in the browser: rendered after hydration.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const { settled, saving, resumeUrl } = draft;
  if (settled.kind === "none" && !saving) return null;
  const saved = settled.kind === "saved" && inBrowser ? savedAtText(settled.savedAt, new Date()) : null;
  const message =
    settled.kind === "saved"
      ? saved && `${saved} — you can leave and come back.`
      : settled.kind === "failed"
        ? settled.retrying
          ? NOT_SAVED
          : CANNOT_SAVE
        : null;
  return (
    <section aria-label="Saving your answers" className="space-y-2 rounded-lg bg-white p-4 text-sm shadow-sm">
      <p role="status" className="font-semibold text-slate-800">
        {message}
      </p>
      {saving ? (
        <p aria-hidden="true" className="text-slate-600">
          Saving…
        </p>
      ) : null}
      {resumeUrl ? (
        <div className="space-y-2">
          <p className="text-slate-700">
            To come back later on this or another device, keep this private link
            {draft.expiresAt ? ` (it works until ${formatDate(draft.expiresAt)})` : ""}. Anyone with the link can see
            your answers.
          </p>
          <p className="break-all">
            <a href={resumeUrl} className="text-blue-800 underline underline-offset-2">
              {resumeUrl}
            </a>
          </p>
          <CopyButton text={resumeUrl} label="Copy link" />
        </div>
      ) : null}
    </section>
  );
}

const noSubscription = () => () => {};

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}
