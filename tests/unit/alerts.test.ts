// The pure parts of red-flag alerts: what a message says, when a failed alert is retried, which channel
// settings are accepted, and how a receiver checks a webhook signature.
import { describe, expect, it } from "vitest";
import { alertEmail, alertWebhookBody, type AlertFacts } from "@/lib/domain/alerts/alert-message";
import { MAX_ALERT_ATTEMPTS, nextAttemptAfterFailure, retryDelayMs } from "@/lib/domain/alerts/retry-schedule";
import { alertChannelInput, alertSettingsInput } from "@/lib/domain/alerts/settings-schema";
import { signWebhookBody, verifyWebhookSignature } from "@/lib/alerts/webhook-signature";

const facts: AlertFacts = {
  purpose: "NEW_SUBMISSION",
  level: "EMERGENT",
  referenceCode: "ABCD-2345",
  at: new Date("2026-11-25T19:04:31Z"),
  link: "https://intake.clinic.test/dashboard/submissions/cm123",
  alertId: "alert-1",
};

describe("alert messages", () => {
  it("say the triage level, reference code, time and dashboard link, and nothing else about the patient", () => {
    const email = alertEmail(facts);
    expect(email.subject).toBe("[Spine Intake] EMERGENT submission ABCD-2345");
    expect(email.text).toContain("Triage level: EMERGENT");
    expect(email.text).toContain("Reference code: ABCD-2345");
    expect(email.text).toContain("Received: 2026-11-25 19:04 UTC");
    // With a clinic zone, its own clock first and UTC beside it.
    expect(alertEmail({ ...facts, timeZone: "America/New_York" }).text).toContain(
      "Received: 25 Nov 2026, 14:04 EST (2026-11-25 19:04 UTC)",
    );
    expect(email.text).toContain("(sign-in required): https://intake.clinic.test/dashboard/submissions/cm123");
    expect(alertWebhookBody(facts)).toEqual({
      type: "submission.red_flag",
      alertId: "alert-1",
      triageLevel: "EMERGENT",
      referenceCode: "ABCD-2345",
      submittedAt: "2026-11-25T19:04:31.000Z",
      sentFor: "NEW_SUBMISSION",
      url: facts.link,
      text: `New EMERGENT submission ABCD-2345 needs a clinician. ${facts.link}`,
    });
  });

  it("mark an escalation as not acknowledged, with the minutes waited", () => {
    const email = alertEmail({ ...facts, purpose: "ESCALATION", escalationMinutes: 12 });
    expect(email.subject).toBe("[Spine Intake] NOT ACKNOWLEDGED: EMERGENT submission ABCD-2345");
    expect(email.text).toContain("has not been acknowledged after 12 minutes");
    expect(alertWebhookBody({ ...facts, purpose: "ESCALATION" }).type).toBe("submission.escalation");
  });

  it("mark a test alert as a test with no patient involved", () => {
    const test = { ...facts, purpose: "TEST" as const, level: null, referenceCode: null };
    expect(alertEmail(test).subject).toBe("[Spine Intake] Test alert");
    expect(alertEmail(test).text).toContain("No patient is involved");
    expect(alertWebhookBody(test)).toMatchObject({ type: "test", referenceCode: null, submittedAt: null });
  });
});

describe("retry schedule", () => {
  it("waits 30 s, then doubles each time up to an hour, and gives up after the last attempt", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
    const now = new Date("2026-11-25T19:00:00Z");
    expect(nextAttemptAfterFailure(1, now)).toEqual(new Date("2026-11-25T19:00:30Z"));
    expect(nextAttemptAfterFailure(MAX_ALERT_ATTEMPTS, now)).toBeNull();
  });
});

describe("channel and email settings", () => {
  const channel = {
    name: "On-call",
    kind: "EMAIL",
    recipients: "a@clinic.test\nb@clinic.test, a@clinic.test",
    levels: ["EMERGENT"],
    escalation: false,
    enabled: true,
  };

  it("accept one recipient per line or comma", () => {
    const parsed = alertChannelInput.parse(channel);
    expect(parsed.recipients).toEqual(["a@clinic.test", "b@clinic.test", "a@clinic.test"]);
  });

  it("refuse an email channel with a web address, a webhook with an email, and a channel that receives nothing", () => {
    const fieldsOf = (input: unknown) =>
      alertChannelInput.safeParse(input).error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(fieldsOf({ ...channel, recipients: "https://chat.clinic.test/hook" })).toEqual(["recipients"]);
    expect(fieldsOf({ ...channel, kind: "WEBHOOK" })).toEqual(["recipients", "recipients", "recipients"]);
    expect(fieldsOf({ ...channel, kind: "WEBHOOK", recipients: "ftp://x.test/y" })).toEqual(["recipients"]);
    expect(fieldsOf({ ...channel, levels: [] })).toEqual(["levels"]);
    expect(fieldsOf({ ...channel, levels: [], escalation: true })).toEqual([]);
    expect(fieldsOf({ ...channel, levels: ["ROUTINE"] })).toEqual(["levels.0"]);
    expect(fieldsOf({ ...channel, recipients: "" })).toEqual(["recipients"]);
  });

  it("keep the stored SMTP password when the field is left empty, and bound the escalation time", () => {
    const base = { smtpPort: "587", smtpSecure: false, clearSmtpPassword: false, escalationMinutes: "10" };
    expect(alertSettingsInput.parse({ ...base, smtpPassword: "" }).smtpPassword).toBeNull();
    expect(alertSettingsInput.safeParse({ ...base, escalationMinutes: "0" }).success).toBe(false);
    expect(alertSettingsInput.safeParse({ ...base, escalationMinutes: "241" }).success).toBe(false);
    expect(alertSettingsInput.safeParse({ ...base, fromAddress: "not an address" }).success).toBe(false);
  });
});

describe("webhook signatures", () => {
  const secret = "whsec_test";
  const body = JSON.stringify({ referenceCode: "ABCD-2345" });
  const now = new Date("2026-11-25T19:00:00Z");
  const timestamp = Math.floor(now.getTime() / 1000);
  const signature = signWebhookBody(secret, timestamp, body);

  it("verify with the channel's secret within five minutes of the timestamp", () => {
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature, now })).toBe(true);
    const later = new Date(now.getTime() + 299_000);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature, now: later })).toBe(true);
  });

  it("fail for another body, another secret, another timestamp, an old request or a missing header", () => {
    const ok = { secret, body, timestamp: String(timestamp), signature, now };
    expect(verifyWebhookSignature({ ...ok, body: body.replace("2345", "2346") })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, secret: "whsec_other" })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, timestamp: String(timestamp + 1) })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, now: new Date(now.getTime() + 301_000) })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, signature: undefined })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, timestamp: null })).toBe(false);
  });
});
