"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import type { ActionResult } from "@/lib/actions/action-result";
import { SaveQueue } from "./save-queue";

export type SaveState =
  { state: "idle" | "dirty" | "saving" } | { state: "saved" } | { state: "refused"; message: string; stale: boolean };

/** The save-draft server action, passed down from the page. */
export type SaveDraft = (input: {
  versionId: string;
  rowVersion: number;
  definition: Definition;
}) => Promise<ActionResult<{ rowVersion: number }>>;

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
  const queue = useRef<SaveQueue | null>(null);

  const saveOnce = useCallback(async (): Promise<{ ok: boolean; stale?: boolean }> => {
    setSave({ state: "saving" });
    try {
      const result = await saveDraft({ versionId, rowVersion: rowVersion.current, definition: latest.current! });
      if (result.ok) {
        rowVersion.current = result.rowVersion;
        setSave(queue.current?.isDirty() ? { state: "dirty" } : { state: "saved" });
        return { ok: true };
      }
      const stale = result.code === "stale" || result.code === "not-a-draft";
      setSave({ state: "refused", message: result.message, stale });
      return { ok: false, stale };
    } catch {
      setSave({
        state: "refused",
        message: "The server could not be reached. Your changes are still here; press Save draft to retry.",
        stale: false,
      });
      return { ok: false };
    }
  }, [saveDraft, versionId]);

  // One queue for the page's life; it calls the latest saveOnce.
  const saveOnceRef = useRef(saveOnce);
  useEffect(() => {
    saveOnceRef.current = saveOnce;
  }, [saveOnce]);
  const getQueue = useCallback(() => (queue.current ??= new SaveQueue(() => saveOnceRef.current())), []);

  /** Saves until nothing is unsaved; false if a save was refused (the state says why). */
  const flush = useCallback(async (): Promise<boolean> => {
    if (readOnly) return false;
    return getQueue().flush();
  }, [readOnly, getQueue]);

  useEffect(() => {
    if (save.state !== "dirty") return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [save, flush]);

  const changed = useCallback(
    (definition: Definition) => {
      latest.current = definition;
      getQueue().changed();
      setSave({ state: "dirty" });
    },
    [getQueue],
  );

  return {
    save,
    flush,
    changed,
    latest,
    isStale: () => queue.current?.isStale() ?? false,
    isDirty: () => queue.current?.isDirty() ?? false,
  };
}
