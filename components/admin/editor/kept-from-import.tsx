"use client";

import type { Item } from "@/lib/domain/question-set/definition-schema";
import { hasKeptDetail, keptDetail } from "@/lib/domain/question-set/editor/kept-detail";

/**
 * Read-only: what an imported file said about this question that travels on to the export (codes,
 * option codings, the default answer, hidden text), so an admin sees it before publishing.
 */
export function KeptFromImport({ item, name }: { item: Item; name: string }) {
  const detail = keptDetail(item);
  if (!hasKeptDetail(detail)) return null;
  return (
    <div
      role="group"
      aria-label={`Kept from the imported file for ${name}`}
      className="rounded bg-slate-50 p-2 text-sm"
    >
      <dl className="space-y-1">
        {detail.hidden ? (
          <div>
            <dt className="font-medium">Hidden</dt>
            <dd>Never shown to patients; kept for the FHIR export.</dd>
          </div>
        ) : null}
        {detail.initial !== undefined ? (
          <div>
            <dt className="font-medium">Default answer</dt>
            <dd>{detail.initial}</dd>
          </div>
        ) : null}
        {detail.codes.length ? (
          <div>
            <dt className="font-medium">Codes</dt>
            {detail.codes.map((c) => (
              <dd key={c} className="font-mono text-xs break-all">
                {c}
              </dd>
            ))}
          </div>
        ) : null}
        {detail.optionCodings.length ? (
          <div>
            <dt className="font-medium">Answer codes</dt>
            {detail.optionCodings.map((o) => (
              <dd key={o.coding}>
                {o.label}: <span className="font-mono text-xs break-all">{o.coding}</span>
              </dd>
            ))}
          </div>
        ) : null}
      </dl>
    </div>
  );
}
