import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { languagesOf } from "@/lib/domain/question-set/translations/status";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { getReceipt } from "@/lib/db/submissions/get-receipt";
import { readProgressCookie, readReceiptCookie } from "@/lib/http/patient-cookies";
import { loadMessages } from "./load-messages";
import type { Messages } from "./messages";
import { choosePatientLanguage } from "./negotiate";
import { LANGUAGE_COOKIE } from "./language-cookie";

export type LanguageChoice = { code: string; name: string };

export type PatientLanguage = {
  code: string;
  dir: "ltr" | "rtl";
  messages: Messages;
  /** What the language picker offers: English and every language the version switches on for patients. */
  offered: LanguageChoice[];
  /** Sections shown in English in this language, with the note that says why. */
  englishOnly: { sections: string[]; note?: string };
};

/** The languages a version offers patients, English first. */
export function offeredLanguages(definition: Definition | undefined): LanguageChoice[] {
  const others = definition ? languagesOf(definition).filter((l) => l.patients) : [];
  return [{ code: "en", name: "English" }, ...others.map((l) => ({ code: l.code, name: l.name }))];
}

/**
 * The saved progress of the intake this browser is filling in and the version it answers, once per request (the layout, for
 * `<html lang>`, and the page ask the same question).
 */
export const patientIntake = cache(async () => {
  const token = await readProgressCookie();
  // A returning patient continues on the version they started, even if a newer one was published since.
  const progress = await loadProgress(token);
  const version = progress?.version ?? (await readVersion({ published: true }));
  return { token, progress, version };
});

/**
 * The patient's language: the one they picked in this browser, else the one their progress was saved in (or, just
 * after sending, the one they answered in), else the best match for the browser's Accept-Language — always one the
 * version offers, else English.
 */
export const patientLanguage = cache(async (): Promise<PatientLanguage> => {
  const [{ progress, version }, jar, h] = await Promise.all([patientIntake(), cookies(), headers()]);
  // Sending forgets the choice (shared devices), but the confirmation, emergency advice included, must still be in
  // the language the patient answered in: the receipt's submission remembers it.
  const receipt = progress ? null : await getReceipt(await readReceiptCookie());
  return languageFor(
    version?.definition,
    [jar.get(LANGUAGE_COOKIE)?.value, progress?.language, receipt?.language],
    h.get("accept-language"),
  );
});

export async function languageFor(
  definition: Definition | undefined,
  candidates: readonly (string | null | undefined)[],
  acceptLanguage: string | null,
): Promise<PatientLanguage> {
  const offered = offeredLanguages(definition);
  const code = choosePatientLanguage(
    candidates,
    acceptLanguage,
    offered.map((l) => l.code),
  );
  const language = definition ? languagesOf(definition).find((l) => l.code === code) : undefined;
  return {
    code,
    dir: language?.rtl ? "rtl" : "ltr",
    messages: await loadMessages(code),
    offered,
    englishOnly: { sections: language?.englishOnlySections ?? [], note: language?.englishOnlyNote },
  };
}
