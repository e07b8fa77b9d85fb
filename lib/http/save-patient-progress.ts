import "server-only";
import * as z from "zod";
import { headers } from "next/headers";
import { answersInputSchema } from "@/lib/domain/question-set/answers-input";
import { coerceAnswers } from "@/lib/domain/question-set";
import { patientLanguageInput, resolvePatientLanguage } from "@/lib/domain/question-set/translations/patient-language";
import { env } from "@/lib/env";
import { newDraftToken, isWellFormedDraftToken } from "@/lib/db/progress/progress-token";
import { saveDraft } from "@/lib/db/progress/save-progress";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { clientKeyFrom } from "./client-key";
import { publicOrigin, readDraftCookie, setDraftCookie } from "./patient-cookies";
import type { JsonBodyResult } from "./read-json-body";

/**
 * A whole intake's answers fit in a few kilobytes; the limit is the JSON API's, and it also keeps every save
 * within what a browser lets a `keepalive` request carry while the page closes (64 KiB).
 */
export const DRAFT_SAVE_MAX_BYTES = 64 * 1024;

const inputSchema = z.object({
  versionId: z.string().min(1).max(64),
  answers: answersInputSchema,
  language: patientLanguageInput,
  step: z.number().int().min(0).max(100),
});

export type SavePatientDraftResult =
  | { ok: true; resumeUrl: string; expiresAt: string; savedAt: string }
  | { ok: false; code: "rate-limited"; retryAfterSeconds: number }
  | { ok: false; code: "bad-request" | "too-large" | "unsupported-type" | "version-not-published" };

/**
 * The one rule for an autosave, whoever sends it: counted against the caller's budget before anything is read,
 * at most DRAFT_SAVE_MAX_BYTES, the same shape check, only answers that fit the version's questions are kept, and
 * the draft is this browser's own (its HttpOnly cookie) or a new one. A database outage throws for the caller to
 * answer (the route handler answers 503).
 */
export async function savePatientDraft(readBody: () => Promise<JsonBodyResult>): Promise<SavePatientDraftResult> {
  // Counted before parsing: a malformed save uses the budget like any other.
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

  const existing = await readDraftCookie();
  const savedAt = new Date();
  const save = (token: string, mayCreate: boolean) =>
    saveDraft({
      token,
      versionId: version.id,
      answers,
      step: parsed.data.step,
      language: resolvePatientLanguage(version.definition, parsed.data.language),
      ttlDays: env.DRAFT_TTL_DAYS,
      now: savedAt,
      mayCreate,
    });
  let token = isWellFormedDraftToken(existing) ? existing : newDraftToken();
  let saved = await save(token, token !== existing);
  // This browser's draft is gone (moved by a resume link, or expired): its old token is never used again.
  if (!saved.ok && saved.code === "gone") {
    token = newDraftToken();
    saved = await save(token, true);
  }
  if (!saved.ok) return { ok: false, code: "version-not-published" };
  await setDraftCookie(token, saved.expiresAt);
  return {
    ok: true,
    resumeUrl: `${await publicOrigin()}/intake/resume?token=${token}`,
    expiresAt: saved.expiresAt.toISOString(),
    savedAt: savedAt.toISOString(),
  };
}
