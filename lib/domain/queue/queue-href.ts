import type { QueueFilters } from "./queue-filters";

/**
 * The URL for a filtered view, keeping only the parameters that are set. On its own, without the filters' zod
 * schema and the cause catalogue it names, because the queue's client components build these links too.
 */
export function queueHref(filters: QueueFilters, base = "/dashboard"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
