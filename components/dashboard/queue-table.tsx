import Link from "next/link";
import { STATUS_LABELS } from "@/lib/domain/submission/status";
import { formatWait, isOverdueEmergent } from "@/lib/domain/queue/queue-search";
import type { QueueRow } from "@/lib/db/submissions/list-queue";
import { ageOn, formatClinicTime, formatUtc, localDate } from "@/lib/domain/time/clinic-time";
import { TriageBadge } from "./triage-badge";
import { languageName } from "@/lib/domain/question-set/translations/language-name";

/**
 * The queue, most urgent first. An EMERGENT submission nobody has acknowledged in time is tinted and says how long
 * it has waited in words, so the warning does not rely on colour.
 */
export function QueueTable({
  rows,
  now,
  overdueMinutes,
  filtered,
  timeZone,
}: {
  rows: QueueRow[];
  now: Date;
  overdueMinutes: number;
  filtered: boolean;
  timeZone: string;
}) {
  const today = localDate(now, timeZone);
  if (rows.length === 0) {
    return (
      <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">
        {filtered
          ? "No submissions match these filters."
          : "No open submissions. New intakes appear here, red flags first."}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Submissions, most urgent first; within a level, unacknowledged ones first, oldest first
        </caption>
        <thead className="border-b border-slate-200 bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              Triage
            </th>
            <th scope="col" className="p-3">
              Reference
            </th>
            <th scope="col" className="p-3">
              Patient
            </th>
            <th scope="col" className="p-3 text-right">
              Age
            </th>
            <th scope="col" className="p-3 text-right">
              Pain now
            </th>
            <th scope="col" className="p-3">
              Red flags
            </th>
            <th scope="col" className="p-3">
              Status
            </th>
            <th scope="col" className="p-3">
              Assigned to
            </th>
            <th scope="col" className="p-3">
              Received
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const overdue = isOverdueEmergent(row, now, overdueMinutes);
            return (
              <tr
                key={row.id}
                data-overdue={overdue || undefined}
                className={`border-b border-slate-100 ${overdue ? "bg-red-50 outline-2 -outline-offset-2 outline-red-700" : ""}`}
              >
                <td className="p-3">
                  <TriageBadge level={row.triageLevel} />
                  {overdue ? (
                    <span className="mt-1 block text-xs font-bold text-red-800">
                      Not acknowledged for {formatWait(now.getTime() - row.createdAt.getTime())}
                    </span>
                  ) : null}
                </td>
                <td className="p-3 font-mono whitespace-nowrap">
                  <Link href={`/dashboard/submissions/${row.id}`} className="underline">
                    {row.referenceCode}
                  </Link>
                </td>
                <td className="p-3">
                  {row.patientName}
                  {row.language !== "en" ? (
                    <span className="block text-xs text-slate-600">Answered in {languageName(row.language)}</span>
                  ) : null}
                  {row.acknowledgedAt ? <span className="block text-xs text-slate-600">Acknowledged</span> : null}
                </td>
                <td className="p-3 text-right tabular-nums">
                  {row.dateOfBirth ? (ageOn(row.dateOfBirth, today) ?? "—") : "—"}
                </td>
                <td className="p-3 text-right tabular-nums">{row.painNow === null ? "—" : `${row.painNow}/10`}</td>
                <td className="p-3">{row.flagTitles.join(", ") || "—"}</td>
                <td className="p-3">{STATUS_LABELS[row.status]}</td>
                <td className="p-3">{row.assigneeName ?? "—"}</td>
                <td className="p-3 whitespace-nowrap">
                  <time dateTime={row.createdAt.toISOString()} title={formatUtc(row.createdAt)}>
                    {formatClinicTime(row.createdAt, timeZone)}
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
