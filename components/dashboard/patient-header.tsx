import type { ReactNode } from "react";
import type { SubmissionView } from "@/lib/db/submissions/view-submission";
import { acknowledgementView } from "@/lib/domain/submission/acknowledgement-view";
import { formatClinicTime } from "@/lib/domain/time/clinic-time";
import { AcknowledgementInline, StatusAndAssigneeInline } from "./submission-live-state";
import { SinceArrival } from "./since-arrival";
import { TriageBadge } from "./triage-badge";

const EDGE = { EMERGENT: "border-red-700", URGENT: "border-amber-500", ROUTINE: "border-slate-300" } as const;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className="text-slate-700">{label}:</dt>
      <dd className="font-semibold">{children}</dd>
    </div>
  );
}

/**
 * Who to call and how, first: name, age, level, phone and email as links, how long they have waited and whether
 * anyone has it. Compact so that it and its actions fit the first screen of a phone.
 */
export function PatientHeader({
  submission: s,
  timeZone,
  now,
  actions,
}: {
  submission: SubmissionView;
  timeZone: string;
  now: Date;
  actions?: ReactNode;
}) {
  const c = s.contact;
  return (
    <section
      aria-labelledby="patient-h"
      className={`rounded-lg border-l-8 bg-white p-3 shadow-sm sm:p-4 ${EDGE[s.triageLevel]} lg:flex lg:items-start lg:justify-between lg:gap-6`}
    >
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 id="patient-h" className="text-xl font-bold sm:text-2xl">
            {s.patientName}{" "}
            <span className="font-mono text-base whitespace-nowrap text-slate-700">{s.referenceCode}</span>
          </h1>
          <TriageBadge level={s.triageLevel} />
        </div>
        <dl className="flex flex-wrap gap-x-4 gap-y-1">
          {c.phone ? (
            <Fact label="Phone">
              {c.phoneHref ? (
                <a href={c.phoneHref} className="text-blue-800 underline">
                  {c.phone}
                </a>
              ) : (
                c.phone
              )}
            </Fact>
          ) : (
            <Fact label="Phone">not given</Fact>
          )}
          {c.email ? (
            <Fact label="Email">
              <a href={`mailto:${c.email}`} className="text-blue-800 underline [overflow-wrap:anywhere]">
                {c.email}
              </a>
            </Fact>
          ) : null}
          {c.age !== null ? <Fact label="Age">{c.age}</Fact> : null}
          <Fact label="Answered in">{s.languageName}</Fact>
          {c.dateOfBirth ? (
            <Fact label="Born">
              <span className="whitespace-nowrap">{c.dateOfBirth}</span>
            </Fact>
          ) : null}
          {c.preferredContact ? <Fact label="Prefers">{c.preferredContact}</Fact> : null}
          {c.language ? <Fact label="Language">{c.language}</Fact> : null}
        </dl>
        <p className="text-sm text-slate-700">
          Arrived <time dateTime={s.createdAt.toISOString()}>{formatClinicTime(s.createdAt, timeZone)}</time>{" "}
          <SinceArrival since={s.createdAt.toISOString()} now={now.toISOString()} /> ago ·{" "}
          <StatusAndAssigneeInline status={s.status} assignee={s.assignee} /> ·{" "}
          <AcknowledgementInline rendered={acknowledgementView(s.acknowledgedAt, s.acknowledgedByName, timeZone)} />
        </p>
      </div>
      {actions ? <div className="mt-2 shrink-0 lg:mt-0 lg:max-w-sm">{actions}</div> : null}
    </section>
  );
}
