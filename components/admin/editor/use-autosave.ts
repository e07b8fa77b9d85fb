"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";

export type SaveState =
  { state: "idle" | "dirty" | "saving" } | { state: "saved" } | { state: "refused"; message: string; stale: boolean };

/** The save-draft server action, passed down from the page. */
export type SaveDraft = (input: {
  versionId: string;
  rowVersion: number;
  definition: Definition;
}) => Promise<{ ok: true; rowVersion: number } | { ok: false; code: string; message: string }>;

// Long enough not to save on every keystroke, short enough that closing the tab loses little.
const AUTOSAVE_DELAY_MS = 1500;

/**
 * The draft's autosave: the whole definition is saved with the row version it was based on (a second admin's
 * newer save is never overwritten), one save at a time, again if edits arrived meanwhile. `flush` resolves only
 * once every pending save has finished and nothing is left unsaved, so a publish never overtakes an edit.
 */
export function useAutosave({
  versionId,
  initialRowVersion,
  readOnly,
  saveDraft,
}: {
  versionId: string;
  initialRowVersion: number;
  readOnly: boolean;
  saveDraft: SaveDraft;
}) {
  const [save, setSave] = useState<SaveState>({ state: "idle" });
  const rowVersion = useRef(initialRowVersion);
  const latest = useRef<Definition | null>(null);
  const saving = useRef<Promise<boolean> | null>(null);
  const dirty = useRef(false);
  const stale = useRef(false);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    dirty.current = false;
    setSave({ state: "saving" });
    try {
      const result = await saveDraft({ versionId, rowVersion: rowVersion.current, definition: latest.current! });
      if (result.ok) {
        rowVersion.current = result.rowVersion;
        setSave(dirty.current ? { state: "dirty" } : { state: "saved" });
        return true;
      }
      stale.current = result.code === "stale" || result.code === "not-a-draft";
      dirty.current = true;
      setSave({ state: "refused", message: result.message, stale: stale.current });
      return false;
    } catch {
      dirty.current = true;
      setSave({
        state: "refused",
        message: "The server could not be reached. Your changes are still here; press Save draft to retry.",
        stale: false,
      });
      return false;
    }
  }, [saveDraft, versionId]);

  /** Saves until nothing is unsaved; false if a save was refused (the state says why). */
  const flush = useCallback(async (): Promise<boolean> => {
    if (readOnly || stale.current) return false;
    for (;;) {
      // Another caller's save may be running, and more may queue behind it: wait for all of them.
      while (saving.current) await saving.current;
      if (!dirty.current) return true;
      if (stale.current) return false;
      const run = saveOnce();
      saving.current = run;
      const ok = await run;
      if (saving.current === run) saving.current = null;
      if (!ok) return false;
    }
  }, [readOnly, saveOnce]);

  useEffect(() => {
    if (save.state !== "dirty") return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [save, flush]);

  const changed = useCallback((definition: Definition) => {
    latest.current = definition;
    dirty.current = true;
    setSave({ state: "dirty" });
  }, []);

  return { save, flush, changed, latest, isStale: () => stale.current, isDirty: () => dirty.current };
}
