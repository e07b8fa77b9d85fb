"use client";

import { useSyncExternalStore } from "react";
import { savedAtText } from "@/lib/domain/intake-flow/saved-at";
import { CopyButton } from "@/components/ui/copy-button";
import { intlLocale } from "@/lib/i18n/intl-locale";
import { useIntakeText } from "./intake-text";

export type ProgressState = {
  /** The last answer from the server: what the patient is told. A save on its way changes none of it. */
  settled: { kind: "none" } | { kind: "saved"; savedAt: string } | { kind: "failed"; retrying: boolean };
  saving: boolean;
  resumeUrl?: string;
  expiresAt?: string;
};

/**
 * Whether the answers are safe to leave. "Saved" only after the server said so, with its time; a failure says so.
 * The status is polite and changes only when a save is answered (a pause in typing, at most), and repeating the
 * same time says nothing new, so a screen reader is not talked over while the patient types.
 */
// Its texts are the catalogue's "draft" group: message keys keep their names on purpose, for the translators' files.
export function ProgressStatus({ progress }: { progress: ProgressState }) {
  const { m, f, locale } = useIntakeText();
  // The time is in the patient's zone, known only in the browser: rendered after hydration.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const { settled, saving, resumeUrl } = progress;
  if (settled.kind === "none" && !saving) return null;
  const saved =
    settled.kind === "saved" && inBrowser
      ? savedAtText(settled.savedAt, new Date(), undefined, { locale: intlLocale(locale), ...m.draft })
      : null;
  const message =
    settled.kind === "saved"
      ? saved && f(m.draft.canLeave, { saved })
      : settled.kind === "failed"
        ? settled.retrying
          ? m.draft.notSaved
          : m.draft.cannotSave
        : null;
  return (
    <section aria-label={m.draft.sectionLabel} className="space-y-2 rounded-lg bg-white p-4 text-sm shadow-sm">
      <p role="status" className="font-semibold text-slate-800">
        {message}
      </p>
      {saving ? (
        <p aria-hidden="true" className="text-slate-600">
          {m.draft.saving}
        </p>
      ) : null}
      {resumeUrl ? (
        <div className="space-y-2">
          <p className="text-slate-700">
            {progress.expiresAt
              ? f(m.draft.keepLinkUntil, { date: formatDate(progress.expiresAt, locale) })
              : m.draft.keepLink}
          </p>
          <p className="break-all">
            <a href={resumeUrl} className="text-blue-800 underline underline-offset-2">
              {resumeUrl}
            </a>
          </p>
          <CopyButton
            text={resumeUrl}
            label={m.draft.copyLink}
            copiedText={m.draft.copied}
            failedText={m.draft.copyFailed}
          />
        </div>
      ) : null}
    </section>
  );
}

const noSubscription = () => () => {};

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(intlLocale(locale), { day: "numeric", month: "long", year: "numeric" });
}
