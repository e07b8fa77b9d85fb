import Link from "next/link";
import { actionLabel, actorLabel, detailEntries, recordTypeLabel } from "@/lib/domain/audit/audit-events";
import { auditHref } from "@/lib/domain/audit/audit-filters";
import type { AuditRow } from "@/lib/db/audit/list-audit-events";
import type { RecordName } from "@/lib/db/audit/record-names";
import { formatClinicTime, formatUtc } from "@/lib/domain/time/clinic-time";

/**
 * Audit events, newest first. Read-only: there is nothing here to change or remove an event (the table refuses it
 * anyway). Details are stored JSON shown as text; React escapes every value, so nothing in an event becomes markup.
 */
export function AuditTable({
  rows,
  names,
  filtered,
  timeZone,
}: {
  rows: AuditRow[];
  /** Records named in words (reference code, version number, staff name), by `type:id`. */
  names: ReadonlyMap<string, RecordName>;
  filtered: boolean;
  timeZone: string;
}) {
  if (rows.length === 0) {
    return (
      <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">
        {filtered ? "No audit events match these filters." : "No audit events yet."}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-100">
          <tr>
            <th scope="col" className="p-3">
              Time (clinic time, then UTC)
            </th>
            <th scope="col" className="p-3">
              Who
            </th>
            <th scope="col" className="p-3">
              Action
            </th>
            <th scope="col" className="p-3">
              Record
            </th>
            <th scope="col" className="p-3">
              Address
            </th>
            <th scope="col" className="p-3">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const details = detailEntries(row.details);
            return (
              <tr key={row.id} className="border-b border-slate-100 align-top">
                <td className="p-3 whitespace-nowrap">
                  {/* Local time for reading; UTC, visible rather than in a tooltip, for lining events up with
                      server logs and other systems. */}
                  <time dateTime={row.at.toISOString()}>{formatClinicTime(row.at, timeZone, { seconds: true })}</time>
                  {timeZone === "UTC" ? null : (
                    <span className="block text-xs text-slate-600">{formatUtc(row.at, { seconds: true })}</span>
                  )}
                  <span className="block text-xs text-slate-600">#{row.seq}</span>
                </td>
                <td className="p-3 break-words">
                  {actorLabel(row)}
                  {row.actorRole ? (
                    <span className="block text-xs text-slate-600">{row.actorRole.toLowerCase()}</span>
                  ) : null}
                </td>
                <td className="p-3">
                  {actionLabel(row.action)}
                  <span className="block font-mono text-xs text-slate-600">{row.action}</span>
                </td>
                <td className="p-3">
                  {recordTypeLabel(row.entityType)}
                  {row.entityId ? <RecordCell row={row} name={names.get(`${row.entityType}:${row.entityId}`)} /> : null}
                </td>
                <td className="p-3 font-mono text-xs break-all">{row.origin ?? "—"}</td>
                <td className="p-3">
                  {details.length > 0 ? (
                    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                      {details.map((d) => (
                        <div key={d.key} className="contents">
                          <dt className="font-semibold">{d.key}</dt>
                          <dd className="font-mono break-all">{d.value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The record by name with a link to it, and a link to every event about it (by id, which outlives the name). */
function RecordCell({ row, name }: { row: AuditRow; name?: RecordName }) {
  const every = (
    <Link
      href={auditHref({ type: row.entityType, record: row.entityId! })}
      className="block font-mono text-xs break-all underline"
      aria-label={`Every event for ${name?.label ?? `${recordTypeLabel(row.entityType)} ${row.entityId}`}`}
    >
      {name ? "every event" : row.entityId}
    </Link>
  );
  if (!name) return every;
  return (
    <>
      {name.href ? (
        <Link href={name.href} className="block font-semibold underline">
          {name.label}
        </Link>
      ) : (
        <span className="block font-semibold">{name.label}</span>
      )}
      {every}
    </>
  );
}
