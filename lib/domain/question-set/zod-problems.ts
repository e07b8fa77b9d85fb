/** Zod's issues in plain words, each at the path an author can find (`sections[0].items[2].id`). */
import type * as z from "zod";
import type { DefinitionProblem } from "./definition-problem";
import { ITEM_TYPE_NAMES as TYPE_NAMES } from "./item-type-names";

/** `["redFlagRules", 0, "when", "item"]` → `redFlagRules[0].when.item`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return out ? `${out}.${name}` : name;
    return `${out}[${JSON.stringify(name)}]`;
  }, "");
}

export function toProblems(issues: readonly z.core.$ZodIssue[], base: readonly PropertyKey[]): DefinitionProblem[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === "invalid_union") {
      const branch = closestBranch(issue.errors);
      if (branch) return toProblems(branch, path);
      if (path[path.length - 1] === "type") {
        return [
          {
            path: formatPath(path),
            message: `Unknown question type; use one of ${Object.keys(TYPE_NAMES).join(", ")}`,
          },
        ];
      }
    }
    return [{ path: formatPath(path), message: plainMessage(issue, path) }];
  });
}

/**
 * A union's error lists every branch's failures. The branch the author meant is the one whose
 * shape fits best (fewest unknown or missing fields at its top), then the one that got deepest.
 */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  let best: readonly z.core.$ZodIssue[] | undefined;
  let bestScore: readonly number[] = [];
  for (const branch of branches) {
    if (branch.length === 0) continue;
    const mismatch = branch.reduce(
      (n, i) => n + (i.code === "unrecognized_keys" ? i.keys.length : isMissing(i) && i.path.length === 1 ? 1 : 0),
      0,
    );
    const depth = Math.max(...branch.map((i) => i.path.length));
    const score = [mismatch, -depth, branch.length];
    if (!best || lexLess(score, bestScore)) {
      best = branch;
      bestScore = score;
    }
  }
  return best;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === "invalid_type" && / received undefined$/.test(issue.message);
}

function plainMessage(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (isMissing(issue) && last !== undefined) return `"${String(last)}" is missing`;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return issue.keys.length === 1 ? `Unknown field ${keys}` : `Unknown fields ${keys}`;
  }
  return issue.message;
}
