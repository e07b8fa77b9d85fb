import { CopyButton } from "@/components/ui/copy-button";

export type DraftState =
  | { state: "idle" }
  | { state: "saving"; resumeUrl?: string }
  | { state: "saved"; resumeUrl: string; expiresAt?: string }
  | { state: "failed"; resumeUrl?: string };

/**
 * Quiet reassurance that leaving is safe. A failed save is only a note: the answers are still on the
 * page and the patient can carry on and submit.
 */
export function DraftStatus({ draft }: { draft: DraftState }) {
  if (draft.state === "idle") return null;
  const resumeUrl = draft.resumeUrl;
  return (
    <section aria-label="Saving your answers" className="space-y-2 rounded-lg bg-white p-4 text-sm shadow-sm">
      <p role="status" className="font-semibold text-slate-800">
        {draft.state === "saving"
          ? "Saving…"
          : draft.state === "saved"
            ? "Saved — you can leave and come back"
            : "We could not save a copy just now. You can carry on: your answers are still here."}
      </p>
      {resumeUrl ? (
        <div className="space-y-2">
          <p className="text-slate-700">
            To come back later on this or another device, keep this private link
            {draft.state === "saved" && draft.expiresAt ? ` (it works until ${formatDate(draft.expiresAt)})` : ""}.
            Anyone with the link can see your answers.
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

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
}
