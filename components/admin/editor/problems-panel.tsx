import type { PlacedProblem } from "@/lib/domain/question-set/editor/validate";
import type { ChangeList, DefinitionDiff } from "@/lib/domain/question-set/editor/diff";

/** Every problem that blocks publishing, each a link to the card it belongs to. */
export function ProblemsPanel({ problems }: { problems: PlacedProblem[] }) {
  return (
    <section aria-labelledby="problems-heading" className="rounded-lg border border-slate-300 bg-white p-3">
      <h2 id="problems-heading" className="font-semibold">
        {problems.length === 0
          ? "No problems: this draft can be published"
          : `Problems to fix before publishing (${problems.length})`}
      </h2>
      {problems.length > 0 ? (
        <ul className="mt-2 max-h-64 list-disc space-y-1 overflow-auto pl-5 text-sm">
          {problems.map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <a href={`#${p.anchor}`} className="text-blue-800 underline">
                {p.message}
              </a>{" "}
              <span className="font-mono text-xs text-slate-500">{p.path}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const GROUPS = [
  ["sections", "Sections"],
  ["items", "Questions"],
  ["redFlagRules", "Red-flag rules"],
  ["scores", "Scores"],
] as const;

/** What publishing this draft would change for patients, against the version they now see. */
export function DiffPanel({ diff, publishedVersion }: { diff: DefinitionDiff | null; publishedVersion?: number }) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer font-semibold">
        {diff ? `Changes compared with published version ${publishedVersion}` : "Changes (nothing is published yet)"}
      </summary>
      {diff ? (
        <div className="mt-2 space-y-2 text-sm">
          {GROUPS.map(([key, title]) => (
            <ChangeGroup key={key} title={title} changes={diff[key]} />
          ))}
          {diff.otherChanges.length ? <p>Also changed: {diff.otherChanges.join(", ")}</p> : null}
        </div>
      ) : null}
    </details>
  );
}

function ChangeGroup({ title, changes }: { title: string; changes: ChangeList }) {
  const none = changes.added.length + changes.removed.length + changes.changed.length === 0;
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {none ? <p className="text-slate-600">No changes</p> : null}
      <ul className="list-disc pl-5">
        {changes.added.map((id) => (
          <li key={`a-${id}`}>Added: {id}</li>
        ))}
        {changes.removed.map((id) => (
          <li key={`r-${id}`}>Removed: {id}</li>
        ))}
        {changes.changed.map((c) => (
          <li key={`c-${c.id}`}>
            Changed: {c.id} ({c.fields.join(", ")})
          </li>
        ))}
      </ul>
    </div>
  );
}
