import type { ReactNode } from "react";
import type { SubmissionView } from "@/lib/db/submissions/view-submission";
import { noteView } from "@/lib/domain/submission/live-change";
import { AnswerListView } from "./answer-list-view";
import { PainMapView } from "./pain-map-view";
import { PatientHeader } from "./patient-header";
import { NoteList } from "./submission-live-state";
import { LikelyCauses, RedFlags, Scores } from "./submission-triage";

/**
 * The whole story on one screen: the patient header with the first-minute actions, then summary and red flags,
 * with the workflow and notes beside them on a wide screen (`side`, above the notes) and after them on a phone.
 * The print view passes no actions. Patient text is rendered as React text nodes only, so it is always escaped.
 */
export function SubmissionDetail({
  submission: s,
  timeZone,
  now,
  headerActions,
  side,
  noteForm,
}: {
  submission: SubmissionView;
  timeZone: string;
  now: Date;
  headerActions?: ReactNode;
  side?: ReactNode;
  noteForm?: ReactNode;
}) {
  return (
    <article className="submission-detail space-y-4 [overflow-wrap:anywhere]">
      <PatientHeader submission={s} timeZone={timeZone} now={now} actions={headerActions} />
      <p className="text-sm text-slate-600">Question set version {s.version}.</p>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="space-y-6 lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="summary-h" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="summary-h" className="mb-2 text-lg font-semibold">
              Summary
            </h2>
            <p className="whitespace-pre-line">{s.triage.summary}</p>
          </section>
          <RedFlags triage={s.triage} />
        </div>

        <div className="space-y-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          {side}
          <section aria-labelledby="notes-h" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="notes-h" className="mb-2 text-lg font-semibold">
              Notes
            </h2>
            <NoteList rendered={s.notes.map((n) => noteView(n, timeZone))} />
            {noteForm}
          </section>
        </div>

        <div className="space-y-6 lg:col-start-1 lg:row-start-2">
          <Scores triage={s.triage} />
          <LikelyCauses triage={s.triage} />
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
            <AnswerListView sections={s.answers} language={s.language} languageName={s.languageName} />
            {s.patientAnswers ? (
              <details className="mt-2">
                <summary className="cursor-pointer font-semibold">
                  The questions and answers as the patient read them ({s.languageName})
                </summary>
                <div lang={s.language} className="mt-2">
                  <AnswerListView sections={s.patientAnswers} language={s.language} languageName={s.languageName} />
                </div>
              </details>
            ) : null}
          </section>
        </div>
      </div>
    </article>
  );
}
