import type { Condition } from "./condition-schema";
import type { Definition } from "./definition-shape";
import type { ProblemPath as Path, RawProblem } from "./definition-problem";

/** Question ids named by a condition's leaves. */
function conditionItems(cond: Condition | undefined, into: Set<string> = new Set()): Set<string> {
  if (!cond) return into;
  if ("all" in cond) cond.all.forEach((c) => conditionItems(c, into));
  else if ("any" in cond) cond.any.forEach((c) => conditionItems(c, into));
  else if ("not" in cond) conditionItems(cond.not, into);
  else into.add(cond.item);
  return into;
}

/**
 * Every circle of show-when dependencies (a question depends on the questions its own condition and its
 * section's condition name). A circle has no order to settle it in, so whether its questions are shown
 * would depend on where they happen to stand. Self-dependency has its own message above.
 */
export function conditionCycles(def: Definition): RawProblem[] {
  const place = new Map<string, Path>();
  const dependsOn = new Map<string, string[]>();
  // A condition on a computed value (the age) depends on the question it is worked out from (the date of birth).
  const source = new Map((def.computed ?? []).map((c) => [c.id, c.from]));
  const asked = (ids: Set<string>) => new Set([...ids].map((id) => source.get(id) ?? id));
  def.sections.forEach((section, si) => {
    const fromSection = asked(conditionItems(section.enableWhen));
    section.items.forEach((item, ii) => {
      if (place.has(item.id)) return;
      place.set(item.id, ["sections", si, ...(item.enableWhen ? ["items", ii] : []), "enableWhen"]);
      const deps = new Set([...fromSection, ...asked(conditionItems(item.enableWhen))]);
      deps.delete(item.id);
      dependsOn.set(item.id, [...deps]);
    });
  });

  const problems: RawProblem[] = [];
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, "open");
    trail.push(id);
    for (const next of dependsOn.get(id) ?? []) {
      if (!dependsOn.has(next)) continue;
      const seen = state.get(next);
      if (seen === "open") {
        const circle = [...trail.slice(trail.indexOf(next)), next];
        problems.push({
          path: place.get(next) ?? [],
          message: `Show-when conditions go round in a circle: ${circle.map((q) => `"${q}"`).join(" → ")} (each is shown depending on the next), so whether they are shown can never be settled`,
        });
      } else if (seen === undefined) visit(next);
    }
    trail.pop();
    state.set(id, "done");
  };
  for (const id of dependsOn.keys()) if (!state.has(id)) visit(id);
  return problems;
}
