import type { ReactNode } from "react";
import type { SubmissionView } from "@/lib/db/submissions/view-submission";
import { STATUS_LABELS } from "@/lib/domain/submission/status";
import { PainMapView } from "./pain-map-view";
import { TriageBadge } from "./triage-badge";

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/**
 * The whole story on one screen. `actions`: what staff can do (workflow, acknowledgement, alerts), under the
 * header; `noteForm`: the form under the notes. The print view passes neither. Patient text is rendered as
 * React text nodes only, so it is always escaped.
 */
export function SubmissionDetail({
  submission: s,
  actions,
  noteForm,
}: {
  submission: SubmissionView;
  actions?: ReactNode;
  noteForm?: ReactNode;
}) {
  return (
    <article className="submission-detail space-y-6 [overflow-wrap:anywhere]">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          <span className="font-mono">{s.referenceCode}</span> — {s.patientName}
        </h1>
        <TriageBadge level={s.triageLevel} />
        <span className="text-sm text-slate-600">
          {STATUS_LABELS[s.status]} · question set version {s.version} · received {utc(s.createdAt)} · assigned to{" "}
          {s.assignee?.name ?? "nobody"} ·{" "}
          {s.acknowledgedAt
            ? `acknowledged by ${s.acknowledgedByName ?? "a former staff member"} at ${utc(s.acknowledgedAt)}`
            : "not acknowledged"}
        </span>
      </header>

      {actions}

      <section aria-labelledby="summary-h" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="summary-h" className="mb-2 text-lg font-semibold">
          Summary
        </h2>
        <p className="whitespace-pre-line">{s.triage.summary}</p>
      </section>

      <section aria-labelledby="flags-h" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="flags-h" className="mb-2 text-lg font-semibold">
          Red flags
        </h2>
        {s.triage.flags.length === 0 ? (
          <p>No red flags.</p>
        ) : (
          <ul className="space-y-4">
            {s.triage.flags.map((f) => (
              <li key={f.ruleId} className="border-l-4 border-red-700 pl-3">
                <p className="font-semibold">
                  <TriageBadge level={f.severity} /> {f.title}
                </p>
                <p>{f.clinicianText}</p>
                <p className="text-sm">Fired by: {f.firedBy.map((e) => `${e.question} — ${e.answer}`).join("; ")}</p>
                <p className="text-sm text-slate-700">Patient was told: {f.patientText}</p>
                <p className="text-sm text-slate-700">
                  <span className="font-semibold">Citation:</span> {f.citation}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="scores-h" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="scores-h" className="mb-2 text-lg font-semibold">
            Scores
          </h2>
          {s.triage.scores.length === 0 ? (
            <p>No scores.</p>
          ) : (
            <ul className="space-y-1">
              {s.triage.scores.map((sc) => (
                <li key={sc.id}>{sc.working}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="causes-h" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="causes-h" className="mb-2 text-lg font-semibold">
            Likely contributing causes
          </h2>
          {s.triage.causes.length === 0 ? (
            <p>None indicated.</p>
          ) : (
            <ol className="list-decimal space-y-1 pl-5">
              {s.triage.causes.map((c) => (
                <li key={c.id}>
                  {c.name} <span className="text-sm text-slate-600">({c.because.map((b) => b.answer).join("; ")})</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      {s.painMaps.length > 0 ? (
        <section aria-labelledby="painmap-h" className="break-inside-avoid rounded-lg bg-white p-4 shadow-sm">
          <h2 id="painmap-h" className="mb-2 text-lg font-semibold">
            Pain map
          </h2>
          {s.painMaps.map((m) => (
            <PainMapView key={m.itemId} id={`painmap-${m.itemId}`} question={m.question} regions={m.regions} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="answers-h" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="answers-h" className="mb-2 text-lg font-semibold">
          All answers
        </h2>
        {s.answers.map((section) => (
          <div key={section.sectionId} className="mb-4">
            <h3 className="font-semibold">{section.sectionTitle}</h3>
            <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[1fr_1fr]">
              {section.items.map((item) => (
                <div key={item.itemId} className="contents">
                  <dt className="text-slate-700">{item.question}</dt>
                  <dd className="font-medium">{item.answer}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>

      <section aria-labelledby="notes-h" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="notes-h" className="mb-2 text-lg font-semibold">
          Notes
        </h2>
        {s.notes.length === 0 ? (
          <p className="text-slate-700">No notes yet.</p>
        ) : (
          <ol aria-label="Notes, oldest first" className="mb-4 space-y-3">
            {s.notes.map((n) => (
              <li key={n.id} className="border-l-4 border-slate-300 pl-3">
                <p className="text-sm text-slate-700">
                  <span className="font-semibold">{n.authorName}</span> · {utc(n.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{n.body}</p>
              </li>
            ))}
          </ol>
        )}
        {noteForm}
      </section>
    </article>
  );
}
