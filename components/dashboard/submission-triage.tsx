import type { SubmissionView } from "@/lib/db/submissions/view-submission";
import { evidenceLine, rankCauses } from "@/lib/domain/causes/rank-causes";
import { TriageBadge } from "./triage-badge";

type Triage = SubmissionView["triage"];

export function RedFlags({ triage }: { triage: Triage }) {
  return (
    <section aria-labelledby="flags-h" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="flags-h" className="mb-2 text-lg font-semibold">
        Red flags
      </h2>
      {triage.flags.length === 0 ? (
        <p>No red flags.</p>
      ) : (
        <ul className="space-y-4">
          {triage.flags.map((f) => (
            <li key={f.ruleId} className="border-l-4 border-red-700 pl-3">
              <p className="font-semibold">
                <TriageBadge level={f.severity} /> {f.title}
              </p>
              <p>{f.clinicianText}</p>
              <p className="text-sm">Fired by: {f.firedBy.map(evidenceLine).join("; ")}</p>
              <p className="text-sm text-slate-700">Patient was told: {f.patientText}</p>
              <p className="text-sm text-slate-700">
                <span className="font-semibold">Citation:</span> {f.citation}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CauseList({ causes }: { causes: Triage["causes"] }) {
  if (causes.length === 0) return <p>None indicated.</p>;
  return (
    <ol className="list-decimal space-y-2 pl-5">
      {rankCauses(causes).map((c) => (
        <li key={c.id}>
          <span className="font-semibold">{c.name}</span>{" "}
          <span className="text-sm text-slate-600">
            ({c.because.length} {c.because.length === 1 ? "answer" : "answers"})
          </span>
          <ul aria-label={`Answers pointing to ${c.name}`} className="list-disc pl-5 text-sm">
            {c.because.map((b) => (
              <li key={b.itemId}>{evidenceLine(b)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/**
 * Likely causes with the question and answer behind each. With EMERGENT or URGENT the red flags are the story,
 * so the causes come after them, folded, where they cannot be read as the diagnosis.
 */
export function LikelyCauses({ triage }: { triage: Triage }) {
  const folded = triage.level !== "ROUTINE" && triage.causes.length > 0;
  return (
    <section aria-labelledby="causes-h" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="causes-h" className="mb-2 text-lg font-semibold">
        Likely contributing causes
      </h2>
      {folded ? (
        <details>
          <summary className="cursor-pointer">
            {triage.causes.length} possible {triage.causes.length === 1 ? "cause" : "causes"}: secondary to the red
            flags above
          </summary>
          <div className="mt-2">
            <CauseList causes={triage.causes} />
          </div>
        </details>
      ) : (
        <CauseList causes={triage.causes} />
      )}
    </section>
  );
}

export function Scores({ triage }: { triage: Triage }) {
  return (
    <section aria-labelledby="scores-h" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="scores-h" className="mb-2 text-lg font-semibold">
        Scores
      </h2>
      {triage.scores.length === 0 ? (
        <p>No scores.</p>
      ) : (
        <ul className="space-y-1">
          {triage.scores.map((sc) => (
            <li key={sc.id}>{sc.working}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
