"use client";

import type { QueueFilters } from "@/lib/domain/queue/queue-filters";
import { queueHref } from "@/lib/domain/queue/queue-href";
import { STATUS_LABELS, SUBMISSION_STATUSES } from "@/lib/domain/submission/status";
import { TRIAGE_LEVELS } from "@/lib/domain/triage/levels";
import { Button } from "@/components/ui/button";
import { FilterField, FilterForm, filterControlClass as control } from "@/components/ui/filter-form";

/**
 * The queue's filters. A plain GET form (works without JavaScript); with JavaScript, empty fields are left out of
 * the address so a bookmarked view reads cleanly. A filter change starts again from the first page.
 */
export function QueueFiltersForm({
  filters,
  flagRules,
  causes,
  zoneLabel,
}: {
  filters: QueueFilters;
  /** In clinical order (EMERGENT rules first). */
  flagRules: { id: string; title: string }[];
  /** By name; passed in so the cause catalogue (with its education texts) stays off the client. */
  causes: { id: string; name: string }[];
  /** "GMT", "EST": the dates are the clinic's local days. */
  zoneLabel: string;
}) {
  return (
    <FilterForm
      action="/dashboard"
      label="Filter the queue"
      hrefFor={(values) => queueHref(values as QueueFilters)}
      className="no-print"
    >
      <FilterField id="q" label="Search by reference code or patient name">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={100}
          autoComplete="off"
          className={control}
        />
      </FilterField>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterField id="status" label="Status">
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={control}>
            <option value="">Open (not closed)</option>
            {SUBMISSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="level" label="Triage level">
          <select id="level" name="level" defaultValue={filters.level ?? ""} className={control}>
            <option value="">Any level</option>
            {TRIAGE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="assigned" label="Assigned">
          <select id="assigned" name="assigned" defaultValue={filters.assigned ?? ""} className={control}>
            <option value="">Anyone or nobody</option>
            <option value="me">Assigned to me</option>
            <option value="unassigned">Unassigned</option>
          </select>
        </FilterField>
        <FilterField id="flag" label="Red flag">
          <select id="flag" name="flag" defaultValue={filters.flag ?? ""} className={control}>
            <option value="">Any or none</option>
            {flagRules.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="cause" label="Likely cause">
          <select id="cause" name="cause" defaultValue={filters.cause ?? ""} className={control}>
            <option value="">Any cause</option>
            {causes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="from" label={`Received from (local date, ${zoneLabel})`}>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={control} />
        </FilterField>
        <FilterField id="to" label={`Received to (local date, ${zoneLabel})`}>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={control} />
        </FilterField>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Apply filters</Button>
        <a href="/dashboard" className="font-semibold underline">
          Clear filters
        </a>
      </div>
    </FilterForm>
  );
}
