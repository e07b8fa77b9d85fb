import type { PlacedProblem } from "@/lib/domain/question-set/editor/validate";

/** Every problem that blocks publishing, each a link to the card it belongs to. */
export function ProblemsPanel({ problems, onGo }: { problems: PlacedProblem[]; onGo?: (anchor: string) => void }) {
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
              <a
                href={`#${p.anchor}`}
                className="text-blue-800 underline"
                onClick={(e) => {
                  if (!onGo) return;
                  // A second click on the same link fires no hashchange: open its place directly.
                  e.preventDefault();
                  window.history.pushState(null, "", `#${p.anchor}`);
                  onGo(p.anchor);
                }}
              >
                {p.message}
              </a>{" "}
              {p.translationAnchor ? (
                <a
                  href={`#${p.translationAnchor}`}
                  className="text-blue-800 underline"
                  onClick={(e) => {
                    if (!onGo || !p.translationAnchor) return;
                    e.preventDefault();
                    window.history.pushState(null, "", `#${p.translationAnchor}`);
                    onGo(p.translationAnchor);
                  }}
                >
                  (translate)
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
