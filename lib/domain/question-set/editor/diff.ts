import type { Definition } from "../definition-schema";

export type ChangeList = { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] };
export type DefinitionDiff = {
  sections: ChangeList;
  items: ChangeList;
  redFlagRules: ChangeList;
  scores: ChangeList;
  /** Title, description or constraints changed. */
  otherChanges: string[];
};

/** Key-order-independent equality, so a definition that went through JSON (or FHIR) compares equal. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ak = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ak.length === bk.length &&
    ak.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function compare<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  extra?: (b: T, a: T) => string[],
): ChangeList {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const changed: ChangeList["changed"] = [];
  for (const [id, a] of now) {
    const b = old.get(id);
    if (!b) continue;
    const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
    const fields = [...keys].filter(
      (k) => !deepEqual((b as Record<string, unknown>)[k], (a as Record<string, unknown>)[k]),
    );
    fields.push(...(extra?.(b, a) ?? []));
    if (fields.length > 0) changed.push({ id, fields });
  }
  return {
    added: after.filter((x) => !old.has(x.id)).map((x) => x.id),
    removed: before.filter((x) => !now.has(x.id)).map((x) => x.id),
    changed,
  };
}

type Placed = Definition["sections"][number]["items"][number] & { id: string };

/**
 * What a draft changes compared with the published version: sections, questions, red-flag rules and
 * scores by id (added, removed, changed with the changed fields). A question moved to another
 * section or position counts as changed ("position"), as patients see it elsewhere.
 */
export function diffDefinitions(published: Definition, draft: Definition): DefinitionDiff {
  const place = (def: Definition) => {
    const map = new Map<string, string>();
    def.sections.forEach((s) => s.items.forEach((i, n) => map.set(i.id, `${s.id}#${n}`)));
    return map;
  };
  const oldPlace = place(published);
  const newPlace = place(draft);
  const items = (def: Definition): Placed[] => def.sections.flatMap((s) => s.items);
  const sectionShell = (def: Definition) =>
    def.sections.map(({ items: list, ...rest }) => ({ ...rest, questions: list.map((i) => i.id) }));
  const otherChanges: string[] = [];
  if (!deepEqual(published.title, draft.title)) otherChanges.push("title");
  if (!deepEqual(published.description, draft.description)) otherChanges.push("description");
  if (!deepEqual(published.constraints, draft.constraints)) otherChanges.push("constraints");
  return {
    sections: compare(sectionShell(published), sectionShell(draft)),
    items: compare(items(published), items(draft), (b) =>
      oldPlace.get(b.id) !== newPlace.get(b.id) ? ["position"] : [],
    ),
    redFlagRules: compare(published.redFlagRules, draft.redFlagRules),
    scores: compare(published.scores, draft.scores),
    otherChanges,
  };
}

export function isEmptyDiff(diff: DefinitionDiff): boolean {
  const empty = (c: ChangeList) => c.added.length + c.removed.length + c.changed.length === 0;
  return (
    empty(diff.sections) &&
    empty(diff.items) &&
    empty(diff.redFlagRules) &&
    empty(diff.scores) &&
    diff.otherChanges.length === 0
  );
}
