import type { Definition } from "../definition-schema";
import type { ItemUsage } from "./usages";

/** What an editing operation answers: the new definition, or why it was refused (nothing changed). */
export type EditResult =
  | { ok: true; definition: Definition }
  | { ok: false; code: RefusalCode; message: string }
  | { ok: false; code: "in-use"; message: string; usages: ItemUsage[] };

/** Why an edit was refused; "in-use" carries the usages, so it has its own shape. */
export type RefusalCode = "not-found" | "duplicate-id" | "invalid-id" | "out-of-range" | "not-a-date";

export const ok = (definition: Definition): EditResult => ({ ok: true, definition });

export function refuse(code: RefusalCode, message: string): EditResult {
  return { ok: false, code, message };
}

/** Moves one entry of a list to another index, returning a new list; null when either index is out of range. */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] | null {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return null;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}
