"use client";

import { AUDIT_ACTION_LABELS, AUDIT_RECORD_TYPES, actionLabel, recordTypeLabel } from "@/lib/domain/audit/audit-events";
import { NO_ACTOR, auditHref, type AuditFilters } from "@/lib/domain/audit/audit-filters";
import { Button } from "@/components/ui/button";
import { FilterField, FilterForm, filterControlClass as control } from "@/components/ui/filter-form";

/** Known choices, plus the current value when it is one this release has no words for (so it stays selected). */
function choices(known: Record<string, string>, current: string | undefined, label: (value: string) => string) {
  const values = Object.keys(known);
  if (current && !values.includes(current)) values.push(current);
  return values.map((value) => ({ value, label: label(value) })).sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The audit log's filters. A plain GET form (works without JavaScript); with JavaScript, empty fields are left out
 * of the address so a bookmarked view reads cleanly. A filter change starts again from the newest events.
 */
export function AuditFiltersForm({
  filters,
  staff,
  zoneLabel,
}: {
  filters: AuditFilters;
  staff: { email: string; name: string }[];
  /** The clinic zone's abbreviation today ("GMT", "EST"): the dates are days on the clinic's calendar. */
  zoneLabel: string;
}) {
  return (
    <FilterForm
      action="/admin/audit"
      label="Filter the audit log"
      hrefFor={(values) => auditHref(values as AuditFilters)}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FilterField
          id="actor"
          label="Who"
          hint="A staff email address, or “none” for the system and signed-out visitors"
        >
          <input
            id="actor"
            name="actor"
            type="text"
            inputMode="email"
            list="audit-actors"
            defaultValue={filters.actor ?? ""}
            maxLength={254}
            autoComplete="off"
            aria-describedby="actor-hint"
            className={control}
          />
          <datalist id="audit-actors">
            <option value={NO_ACTOR}>System or signed-out visitor</option>
            {staff.map((person) => (
              <option key={person.email} value={person.email}>
                {person.name}
              </option>
            ))}
          </datalist>
        </FilterField>
        <FilterField id="action" label="Action">
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={control}>
            <option value="">Any action</option>
            {choices(AUDIT_ACTION_LABELS, filters.action, actionLabel).map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="type" label="Record type">
          <select id="type" name="type" defaultValue={filters.type ?? ""} className={control}>
            <option value="">Any record</option>
            {choices(AUDIT_RECORD_TYPES, filters.type, recordTypeLabel).map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </FilterField>
        <FilterField id="record" label="Record id">
          <input
            id="record"
            name="record"
            type="text"
            defaultValue={filters.record ?? ""}
            maxLength={128}
            autoComplete="off"
            spellCheck={false}
            className={`${control} font-mono`}
          />
        </FilterField>
        <FilterField id="from" label={`From (local date, ${zoneLabel})`}>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={control} />
        </FilterField>
        <FilterField id="to" label={`To (local date, ${zoneLabel})`}>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={control} />
        </FilterField>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Apply filters</Button>
        <a href="/admin/audit" className="font-semibold underline">
          Clear filters
        </a>
      </div>
    </FilterForm>
  );
}
