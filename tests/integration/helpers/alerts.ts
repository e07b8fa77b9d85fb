// Shared set-up for the alert tests: channels and SMTP settings written through the same operations the
// admin page uses, a hand-moved clock, and a worker pointed at the in-process sinks.
import { createAlertWorker, type AlertWorker } from "@/lib/alerts/alert-worker";
import { createAlertChannel } from "@/lib/db/alerts/create-alert-channel";
import { saveAlertSettings } from "@/lib/db/alerts/save-alert-settings";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import type { Actor } from "@/lib/db/types";
import type { AlertChannelInput } from "@/lib/domain/alerts/settings-schema";
import { answersFor, assertOk, newIdempotencyKey, type RawAnswers } from "./test-database";

export const PORTAL_URL = "https://intake.clinic.test";

/** An admin for audit events, without the cost of a real account (operations take an Actor). */
export const ALERT_ADMIN: Actor = { id: "admin-for-alert-tests", email: "admin@clinic.test", role: "ADMIN" };

/** A clock the test moves by hand: escalation and retries are tested without sleeping. */
export function handClock(start = new Date()) {
  let nowMs = start.getTime();
  return {
    now: () => new Date(nowMs),
    advanceMinutes: (minutes: number) => {
      nowMs += minutes * 60_000;
    },
    advanceTo: (at: Date) => {
      nowMs = Math.max(nowMs, at.getTime());
    },
  };
}

export async function configureSmtp(port: number, overrides: { escalationMinutes?: number } = {}) {
  await saveAlertSettings(
    {
      smtpHost: "127.0.0.1",
      smtpPort: port,
      smtpSecure: false,
      smtpUser: null,
      smtpPassword: null,
      clearSmtpPassword: false,
      fromAddress: "alerts@clinic.test",
      escalationMinutes: overrides.escalationMinutes ?? 10,
    },
    ALERT_ADMIN,
  );
}

export async function addChannel(input: Partial<AlertChannelInput> & Pick<AlertChannelInput, "kind" | "recipients">) {
  const result = await createAlertChannel(
    {
      name: input.name ?? (input.kind === "EMAIL" ? "On-call email" : "On-call pager"),
      levels: input.levels ?? ["EMERGENT", "URGENT"],
      escalation: input.escalation ?? false,
      enabled: input.enabled ?? true,
      ...input,
    },
    ALERT_ADMIN,
  );
  if (!result.ok) throw new Error(result.message);
  return result.id;
}

export function testWorker(
  clock: () => Date,
  options: Partial<Parameters<typeof createAlertWorker>[0]> = {},
): AlertWorker {
  return createAlertWorker({ baseUrl: PORTAL_URL, clock, log: () => {}, ...options });
}

export async function publishedVersionId(): Promise<string> {
  await seedDefaultQuestionSet();
  const version = await readVersion({ published: true });
  if (!version) throw new Error("No published version after seeding");
  return version.id;
}

/** A patient submits; returns the stored submission's id and reference code. */
export async function submitPatient(versionId: string, overrides: RawAnswers = {}) {
  const result = await submitIntake({ versionId, idempotencyKey: newIdempotencyKey(), answers: answersFor(overrides) });
  assertOk(result);
  return result;
}

/** Answers that make a submission EMERGENT (new loss of bladder control) and URGENT (fever). */
export const EMERGENT_ANSWERS: RawAnswers = {
  full_name: "Brigid Okonkwo-Test",
  date_of_birth: "1961-03-09",
  bladder_control: true,
  phone: "07700 900456",
};
export const URGENT_ANSWERS: RawAnswers = { full_name: "Ulla Urgent-Test", fever: true };
