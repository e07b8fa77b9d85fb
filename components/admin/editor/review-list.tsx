import type { Review, ReviewEntry } from "@/lib/domain/question-set/editor/review";

const VERB = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** A draft's changes in words: each changed text with its wording before and after, side by side. */
export function ReviewList({ review, headingLevel = 3 }: { review: Review; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const reworded = review.entries.filter((e) => e.kind === "reworded");
  const other = review.entries.filter((e): e is Exclude<ReviewEntry, { kind: "reworded" }> => e.kind !== "reworded");
  if (review.entries.length === 0)
    return <p className="text-slate-700">No changes: patients would see the same questionnaire.</p>;
  return (
    <div className="space-y-3 text-sm">
      {reworded.length ? (
        <div>
          <Heading className="font-semibold">Wording changed ({reworded.length})</Heading>
          <ul className="mt-1 space-y-2">
            {reworded.map((e, i) => (
              <li key={`w-${i}`} className="rounded border border-slate-200 p-2">
                <p className="font-semibold">
                  {e.subject}: {e.field.toLowerCase()}
                </p>
                <div className="mt-1 grid gap-2 sm:grid-cols-2">
                  <p>
                    <span className="block text-xs font-semibold text-red-800 uppercase">Before</span>
                    <del className="text-slate-800">{e.before || "(none)"}</del>
                  </p>
                  <p>
                    <span className="block text-xs font-semibold text-green-800 uppercase">After</span>
                    <ins className="text-slate-900 no-underline">{e.after || "(none)"}</ins>
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {other.length ? (
        <div>
          <Heading className="font-semibold">Added, removed and changed ({other.length})</Heading>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {other.map((e, i) => (
              <li key={`o-${i}`}>
                <span className="font-semibold">{VERB[e.kind]}:</span> {e.subject}
                {e.detail ? ` ${e.detail}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The change panel beside the draft: what publishing it would change for patients. */
export function ReviewPanel({ review, publishedVersion }: { review: Review | null; publishedVersion?: number }) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer font-semibold">
        {review
          ? `Changes compared with published version ${publishedVersion} (${review.entries.length})`
          : "Changes (nothing is published yet)"}
      </summary>
      {review ? (
        <div className="mt-2">
          <ReviewList review={review} />
        </div>
      ) : null}
    </details>
  );
}
