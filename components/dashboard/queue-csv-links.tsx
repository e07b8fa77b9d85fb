import type { QueueFilters } from "@/lib/domain/queue/queue-filters";
import { queueHref } from "@/lib/domain/queue/queue-href";

/**
 * The CSV of this view, and the same with contact details only after an explicit tick: a file with phone numbers
 * and dates of birth is a bigger thing to lose, so it is its own, separately audited, choice.
 */
export function QueueCsvLinks({ filters }: { filters: QueueFilters }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <a href={queueHref(filters, "/api/dashboard/queue-csv")} download className="font-semibold underline">
        Download this view as CSV
      </a>
      <form method="get" action="/api/dashboard/queue-csv" className="flex flex-wrap items-center gap-2">
        {Object.entries(filters).map(([key, value]) =>
          value ? <input key={key} type="hidden" name={key} value={String(value)} /> : null,
        )}
        <label className="flex items-center gap-2">
          <input type="checkbox" name="contact" value="1" required className="h-5 w-5" />
          Include phone, email and date of birth
        </label>
        <button type="submit" className="min-h-11 rounded-lg border border-slate-400 bg-white px-3 font-semibold">
          Download with contact details
        </button>
      </form>
    </div>
  );
}
