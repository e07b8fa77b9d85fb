import Link from "next/link";
import { STATUS_LABELS } from "@/lib/domain/submission/status";
import type { listQueue } from "@/lib/db/submissions/list-queue";
import { TriageBadge } from "./triage-badge";

type Row = Awaited<ReturnType<typeof listQueue>>[number];

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function QueueTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) {
    return (
      <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">
        No submissions yet. New intakes appear here, red flags first.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Submissions, most urgent first, then oldest first</caption>
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
            <th scope="col" className="p-3">
              Red flags
            </th>
            <th scope="col" className="p-3">
              Status
            </th>
            <th scope="col" className="p-3">
              Received (UTC)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100">
              <td className="p-3">
                <TriageBadge level={row.triageLevel} />
              </td>
              <td className="p-3 font-mono">
                <Link href={`/dashboard/submissions/${row.id}`} className="underline">
                  {row.referenceCode}
                </Link>
              </td>
              <td className="p-3">{row.patientName}</td>
              <td className="p-3">{row.flagTitles.join(", ") || "—"}</td>
              <td className="p-3">{STATUS_LABELS[row.status]}</td>
              <td className="p-3">{dateTime.format(row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
