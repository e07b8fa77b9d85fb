"use client";

import { useEffect, useState } from "react";
import { Autosaver, type AutosaveState, type SaveOptions, type SaveOutcome } from "@/lib/domain/intake-flow/autosaver";
import type { ProgressState } from "./progress-status";

/**
 * The autosave route (app/(patient)/intake/draft/route.ts); the header marks the form's own requests. The URL keeps
 * the old word "draft" on purpose: a page loaded before a deploy still posts there.
 */
const PROGRESS_URL = "/intake/draft";
/** Browsers refuse a keepalive request over 64 KiB in flight; a bigger one goes as a normal request. */
const KEEPALIVE_MAX_BYTES = 60_000;

type SavedProgress = { resumeUrl: string; expiresAt: string; savedAt: string };

/**
 * Saves the patient's answers while they answer (see lib/domain/intake-flow/autosaver.ts for when), and once more,
 * with `keepalive`, when the page is hidden or closed. "Saved" is shown only from the server's own answer.
 */
export function useAutosave({
  versionId,
  snapshot,
  enabled,
  initial,
}: {
  versionId: string;
  /** The answers and step to save, read when a save goes (so it is always the latest). */
  snapshot: () => { answers: Record<string, unknown>; step: number; language: string };
  /** False until there is saved progress to keep (the patient has agreed and moved on). */
  enabled: boolean;
  initial?: SavedProgress;
}) {
  const [progress, setProgress] = useState<ProgressState>(() =>
    initial
      ? { settled: { kind: "saved", savedAt: initial.savedAt }, saving: false, ...initial }
      : { settled: { kind: "none" }, saving: false },
  );
  const [saver] = useState(() => new Autosaver((state) => setProgress((d) => withState(d, state))));

  // Each render hands the saver the page's latest way to read the answers.
  useEffect(() => {
    saver.use(
      enabled
        ? (options) => sendProgress(versionId, snapshot(), options, (saved) => setProgress((d) => ({ ...d, ...saved })))
        : null,
    );
  });

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === "hidden") saver.flush({ keepalive: true });
    };
    const leaving = () => saver.flush({ keepalive: true });
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leaving);
    return () => {
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leaving);
    };
  }, [saver]);

  useEffect(() => () => saver.stop(), [saver]);

  return { progress, saver };
}

function withState(progress: ProgressState, state: AutosaveState): ProgressState {
  switch (state.kind) {
    case "saving":
      return { ...progress, saving: true };
    case "saved":
      return { ...progress, saving: false, settled: { kind: "saved", savedAt: state.savedAt } };
    case "failed":
      return { ...progress, saving: false, settled: { kind: "failed", retrying: state.retryInMs !== null } };
    default:
      return progress;
  }
}

async function sendProgress(
  versionId: string,
  { answers, step, language }: { answers: Record<string, unknown>; step: number; language: string },
  options: SaveOptions,
  onSaved: (saved: SavedProgress) => void,
): Promise<SaveOutcome> {
  // Raw values on purpose: the server keeps only what fits the questions, so a half-typed answer is no error.
  const body = JSON.stringify({ versionId, answers, step, language });
  const response = await fetch(PROGRESS_URL, {
    method: "POST",
    headers: { "content-type": "application/json", "x-spine-patient-form": "1" },
    body,
    credentials: "same-origin",
    keepalive: options.keepalive && body.length <= KEEPALIVE_MAX_BYTES,
  });
  if (response.ok) {
    const saved = (await response.json()) as SavedProgress;
    onSaved(saved);
    return { ok: true, savedAt: saved.savedAt };
  }
  const retryAfter = Number(response.headers.get("retry-after"));
  const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined;
  // 429 and 5xx pass; a refusal of the request itself (a changed form, malformed or oversized answers) does not.
  const final = response.status >= 400 && response.status < 500 && response.status !== 429 && response.status !== 408;
  return { ok: false, retryAfterMs, final };
}
