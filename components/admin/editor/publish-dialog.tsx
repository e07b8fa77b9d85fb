"use client";

import { useId, useRef, useState } from "react";
import type { Review } from "@/lib/domain/question-set/editor/review";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ReviewList } from "./review-list";

export type PublishChoice = { changeNote: string; confirmNoRedFlagRules: boolean };

/**
 * Publishing asks first: it shows what patients will see differently, takes an optional change note for the
 * version list, and for a version without red-flag rules an explicit yes to what that means.
 */
export function PublishButton({
  version,
  review,
  redFlagRuleCount,
  disabled,
  busy,
  onOpen,
  onPublish,
}: {
  version: number;
  review: Review | null;
  redFlagRuleCount: number;
  disabled: boolean;
  busy: boolean;
  /** Saves everything pending; false when the draft could not be saved (the editor says why). */
  onOpen: () => Promise<boolean>;
  onPublish: (choice: PublishChoice) => Promise<void>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState("");
  const [noRulesConfirmed, setNoRulesConfirmed] = useState(false);
  const [opening, setOpening] = useState(false);
  const id = useId();
  const noRules = redFlagRuleCount === 0;
  return (
    <>
      <Button
        disabled={disabled || busy || opening}
        onClick={async () => {
          setOpening(true);
          const saved = await onOpen();
          setOpening(false);
          if (saved) dialog.current?.showModal();
        }}
      >
        Review and publish version {version}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto max-h-[90vh] w-[min(48rem,95vw)] overflow-auto rounded-lg p-4 shadow-xl backdrop:bg-slate-900/50"
      >
        <form
          method="dialog"
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            await onPublish({ changeNote: note, confirmNoRedFlagRules: noRules && noRulesConfirmed });
            dialog.current?.close();
          }}
        >
          <h2 id={`${id}-title`} className="text-xl font-bold">
            Publish version {version}?
          </h2>
          <p>
            New patients will answer this version as soon as you publish it. Patients who already started keep the
            version they started on.
          </p>
          <section aria-labelledby={`${id}-changes`} className="rounded border border-slate-300 p-3">
            <h3 id={`${id}-changes`} className="mb-2 font-semibold">
              What patients will see differently
            </h3>
            {review ? <ReviewList review={review} /> : <p>This is the first published version.</p>}
          </section>
          <label className="block space-y-1 font-semibold">
            <span className="block">Change note (optional, shown in the version list)</span>
            <textarea
              className={inputClass}
              rows={3}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          {noRules ? (
            <label className="flex gap-2 rounded border-2 border-red-700 bg-red-50 p-3">
              <input
                type="checkbox"
                className="mt-1 size-5"
                checked={noRulesConfirmed}
                onChange={(e) => setNoRulesConfirmed(e.target.checked)}
                required
              />
              <span>
                This version has <strong>no red-flag rules</strong>: no answer will tell a patient to seek urgent care,
                and no submission will be flagged for clinicians. I confirm that this is intended.
              </span>
            </label>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={busy || (noRules && !noRulesConfirmed)}>
              {busy ? "Publishing…" : `Publish version ${version} now`}
            </Button>
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
