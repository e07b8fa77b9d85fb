import "server-only";
import * as z from "zod";
import { headers } from "next/headers";
import { answersInputSchema } from "@/lib/domain/question-set/answers-input";
import { coerceAnswers } from "@/lib/domain/question-set";
import { patientLanguageInput, resolvePatientLanguage } from "@/lib/domain/question-set/translations/patient-language";
import { env } from "@/lib/env";
import { newProgressToken, isWellFormedProgressToken } from "@/lib/db/progress/progress-token";
import { saveProgress } from "@/lib/db/progress/save-progress";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { clientKeyFrom } from "./client-key";
import { publicOrigin, readProgressCookie, setProgressCookie } from "./patient-cookies";
import type { JsonBodyResult } from "./read-json-body";

/**
 * A whole intake's answers fit in a few kilobytes; the limit is the JSON API's, and it also keeps every save
 * within what a browser lets a `keepalive` request carry while the page closes (64 KiB).
 */
export const PROGRESS_SAVE_MAX_BYTES = 64 * 1024;

const inputSchema = z.object({
  versionId: z.string().min(1).max(64),
  answers: answersInputSchema,
  language: patientLanguageInput,
  step: z.number().int().min(0).max(100),
});

export type SavePatientProgressResult =
  | { ok: true; resumeUrl: string; expiresAt: string; savedAt: string }
  | { ok: false; code: "rate-limited"; retryAfterSeconds: number }
  | { ok: false; code: "bad-request" | "too-large" | "unsupported-type" | "version-not-published" };

/**
 * The one rule for an autosave, whoever sends it: counted against the caller's budget before anything is read,
 * at most PROGRESS_SAVE_MAX_BYTES, the same shape check, only answers that fit the version's questions are kept, and
 * the progress is this browser's own (its HttpOnly cookie) or a new one. A database outage throws for the caller to
 * answer (the route handler answers 503).
 */
export async function savePatientProgress(readBody: () => Promise<JsonBodyResult>): Promise<SavePatientProgressResult> {
  // Counted before parsing: a malformed save uses the budget like any other. The key's old word is kept on purpose:
  // a renamed key would start every client's count afresh during a deploy.
  const limit = await consumeRateLimit(
    `intake-draft:${clientKeyFrom(await headers())}`,
    env.RATE_LIMIT_DRAFT_SAVES_PER_MINUTE,
  );
  if (!limit.ok) return { ok: false, code: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  const body = await readBody();
  if (!body.ok) {
    return {
      ok: false,
      code: body.status === 413 ? "too-large" : body.status === 415 ? "unsupported-type" : "bad-request",
    };
  }
  const parsed = inputSchema.safeParse(body.value);
  if (!parsed.success) return { ok: false, code: "bad-request" };

  const version = await readVersion({ id: parsed.data.versionId });
  if (!version) return { ok: false, code: "version-not-published" };
  const answers = coerceAnswers(version.definition, parsed.data.answers);

  const existing = await readProgressCookie();
  const savedAt = new Date();
  const save = (token: string, mayCreate: boolean) =>
    saveProgress({
      token,
      versionId: version.id,
      answers,
      step: parsed.data.step,
      language: resolvePatientLanguage(version.definition, parsed.data.language),
      ttlDays: env.DRAFT_TTL_DAYS,
      now: savedAt,
      mayCreate,
    });
  let token = isWellFormedProgressToken(existing) ? existing : newProgressToken();
  let saved = await save(token, token !== existing);
  // This browser's progress is gone (moved by a resume link, or expired): its old token is never used again.
  if (!saved.ok && saved.code === "gone") {
    token = newProgressToken();
    saved = await save(token, true);
  }
  if (!saved.ok) return { ok: false, code: "version-not-published" };
  await setProgressCookie(token, saved.expiresAt);
  return {
    ok: true,
    resumeUrl: `${await publicOrigin()}/intake/resume?token=${token}`,
    expiresAt: saved.expiresAt.toISOString(),
    savedAt: savedAt.toISOString(),
  };
}
