import Link from "next/link";
import type { QueueCounts } from "@/lib/db/submissions/count-queue";
import { queueHref } from "@/lib/domain/queue/queue-href";
import { STATUS_LABELS } from "@/lib/domain/submission/status";
import { TRIAGE_LEVELS } from "@/lib/domain/triage";
import { OPEN_STATUSES } from "@/lib/domain/queue/queue-search";

/** Open submissions per level and status; each count links to that view of the queue. */
export function QueueCountsBar({ counts, overdueMinutes }: { counts: QueueCounts; overdueMinutes: number }) {
  return (
    <section aria-labelledby="counts-h" className="mb-4 space-y-2">
      <h2 id="counts-h" className="sr-only">
        Open submissions
      </h2>
      {counts.overdueEmergent > 0 ? (
        <p className="rounded-lg border-l-4 border-red-700 bg-red-50 p-3 font-bold text-red-950">
          <Link href={queueHref({ level: "EMERGENT" })} className="underline">
            {counts.overdueEmergent} EMERGENT {counts.overdueEmergent === 1 ? "submission has" : "submissions have"} not
            been acknowledged for more than {overdueMinutes} minutes
          </Link>
        </p>
      ) : null}
      <dl className="flex flex-wrap gap-2 text-sm">
        {TRIAGE_LEVELS.map((level) => (
          <div key={level} className="rounded-lg bg-white px-3 py-2 shadow-sm">
            <dt className="inline font-semibold">{level}</dt>{" "}
            <dd className="inline">
              <Link href={queueHref({ level })} className="underline">
                {counts.byLevel[level]}
              </Link>
            </dd>
          </div>
        ))}
        {OPEN_STATUSES.map((status) => (
          <div key={status} className="rounded-lg bg-white px-3 py-2 shadow-sm">
            <dt className="inline font-semibold">{STATUS_LABELS[status]}</dt>{" "}
            <dd className="inline">
              <Link href={queueHref({ status })} className="underline">
                {counts.byStatus[status]}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
