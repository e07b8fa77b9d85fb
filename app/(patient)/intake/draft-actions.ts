"use server";

import * as z from "zod";
import { answersInputSchema } from "@/lib/domain/question-set/answers-input";
import { patientLanguageInput, resolvePatientLanguage } from "@/lib/domain/question-set/translations/patient-language";
import { env } from "@/lib/env";
import { coerceAnswers } from "@/lib/domain/question-set";
import { newDraftToken, isWellFormedDraftToken } from "@/lib/db/drafts/draft-token";
import { saveDraft } from "@/lib/db/drafts/save-draft";
import { getVersionDefinition } from "@/lib/db/question-sets/get-version-definition";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { headers } from "next/headers";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { clientKeyFrom } from "@/lib/http/client-key";
import { publicOrigin, readDraftCookie, setDraftCookie } from "@/lib/http/patient-cookies";

const inputSchema = z.object({
  versionId: z.string().min(1).max(64),
  answers: answersInputSchema,
  language: patientLanguageInput,
  step: z.number().int().min(0).max(100),
});

export type SaveDraftActionResult =
  | { ok: true; resumeUrl: string; expiresAt: string }
  | { ok: false; code: "rate-limited"; retryAfterSeconds: number }
  | { ok: false; code: "bad-request" | "version-not-published" | "database-unavailable" };

/** Autosave at each step. Only answers that fit the version's questions are kept; the rest is dropped. */
export async function saveDraftAction(input: unknown): Promise<SaveDraftActionResult> {
  try {
    return await saveOnce(input);
  } catch (error) {
    // An autosave that misses is retried at the next step; the answers stay in the form meanwhile.
    if (!isDatabaseUnavailable(error)) throw error;
    return { ok: false, code: "database-unavailable" };
  }
}

async function saveOnce(input: unknown): Promise<SaveDraftActionResult> {
  // Counted before parsing: a malformed save uses the budget like any other.
  const limit = await consumeRateLimit(
    `intake-draft:${clientKeyFrom(await headers())}`,
    env.RATE_LIMIT_DRAFT_SAVES_PER_MINUTE,
  );
  if (!limit.ok) return { ok: false, code: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "bad-request" };

  const version = await getVersionDefinition(parsed.data.versionId);
  if (!version || version.status === "DRAFT") return { ok: false, code: "version-not-published" };
  const answers = coerceAnswers(version.definition, parsed.data.answers);

  const existing = await readDraftCookie();
  const token = isWellFormedDraftToken(existing) ? existing : newDraftToken();
  const saved = await saveDraft({
    token,
    versionId: version.id,
    answers,
    step: parsed.data.step,
    language: resolvePatientLanguage(version.definition, parsed.data.language),
    ttlDays: env.DRAFT_TTL_DAYS,
  });
  if (!saved.ok) return { ok: false, code: "version-not-published" };
  await setDraftCookie(token, saved.expiresAt);
  return {
    ok: true,
    resumeUrl: `${await publicOrigin()}/intake/resume?token=${token}`,
    expiresAt: saved.expiresAt.toISOString(),
  };
}
