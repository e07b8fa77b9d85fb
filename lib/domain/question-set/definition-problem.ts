/** A problem in a question-set definition: where (`sections[0].items[2].id`) and what, in plain words. */
export type DefinitionProblem = { path: string; message: string };

/** A problem found by the checks, its path not yet written out. */
export type ProblemPath = (string | number)[];
export type RawProblem = { path: ProblemPath; message: string };

/** Calls `onDuplicate` for every entry whose id an earlier entry already has. */
export function duplicates<T>(
  entries: readonly T[],
  idOf: (e: T) => string,
  onDuplicate: (id: string, index: number) => void,
) {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = idOf(entry);
    if (seen.has(id)) onDuplicate(id, index);
    seen.add(id);
  });
}
