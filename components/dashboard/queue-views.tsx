import Link from "next/link";
import type { QueueFilters } from "@/lib/domain/queue/queue-filters";
import { queueHref } from "@/lib/domain/queue/queue-href";

const VIEWS: { label: string; filters: QueueFilters }[] = [
  { label: "Whole queue (open)", filters: {} },
  // "My work": what I have taken and not yet closed. The default status scope is already "open".
  { label: "My work", filters: { assigned: "me" } },
  { label: "Unassigned", filters: { assigned: "unassigned" } },
];

const same = (a: QueueFilters, b: QueueFilters) => queueHref(a) === queueHref(b);

/** Saved views, one click each; the current one is marked for screen readers and by weight. */
export function QueueViews({ filters }: { filters: QueueFilters }) {
  return (
    <nav aria-label="Saved views" className="no-print mb-3 flex flex-wrap gap-2 text-sm">
      {VIEWS.map((v) => {
        const current = same(filters, v.filters);
        return (
          <Link
            key={v.label}
            href={queueHref(v.filters)}
            aria-current={current ? "page" : undefined}
            className={`rounded-full border px-3 py-2 ${current ? "border-blue-800 bg-blue-800 font-semibold text-white" : "border-slate-400 bg-white underline"}`}
          >
            {v.label}
          </Link>
        );
      })}
    </nav>
  );
}
