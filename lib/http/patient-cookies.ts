import "server-only";
import { cookies, headers } from "next/headers";
import { PROGRESS_COOKIE } from "@/lib/db/progress/progress-token";
import { env } from "@/lib/env";
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_PATH } from "@/lib/i18n/language-cookie";
import { openReceipt, signReceipt } from "./receipt-mac";

export const RECEIPT_COOKIE = "intake_receipt";
/** Sent by the patient form when it falls back to the JSON API, so the API also handles the browser's cookies. */
export const PATIENT_FORM_HEADER = "x-spine-patient-form";
const RECEIPT_MAX_AGE_SECONDS = 30 * 60;

async function isHttps(): Promise<boolean> {
  const h = await headers();
  return h.get("x-forwarded-proto") === "https" || (env.NEXTAUTH_URL ?? "").startsWith("https:");
}

/** HttpOnly: page scripts (and anything injected into them) can never read a patient's resume token. */
export async function setProgressCookie(token: string, expiresAt: Date) {
  (await cookies()).set(PROGRESS_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/intake",
    expires: expiresAt,
  });
}

export async function readProgressCookie(): Promise<string | undefined> {
  return (await cookies()).get(PROGRESS_COOKIE)?.value;
}

/** Remembers which submission this browser just made, so a reload shows the same confirmation; short-lived for shared devices. */
export async function setReceiptCookie(idempotencyKey: string) {
  (await cookies()).set(RECEIPT_COOKIE, signReceipt(idempotencyKey), {
    httpOnly: true,
    sameSite: "strict",
    secure: await isHttps(),
    path: "/intake",
    maxAge: RECEIPT_MAX_AGE_SECONDS,
  });
}

export async function readReceiptCookie(): Promise<string | undefined> {
  return openReceipt((await cookies()).get(RECEIPT_COOKIE)?.value);
}

export async function clearPatientCookies() {
  const jar = await cookies();
  jar.delete({ name: PROGRESS_COOKIE, path: "/intake" });
  jar.delete({ name: RECEIPT_COOKIE, path: "/intake" });
  // The next person on a shared device starts in their own browser language, not the last patient's.
  jar.delete({ name: LANGUAGE_COOKIE, path: LANGUAGE_COOKIE_PATH });
}

/** The portal's public origin for links patients keep (resume links). */
export async function publicOrigin(): Promise<string> {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/$/, "");
  const h = await headers();
  return `${(await isHttps()) ? "https" : "http"}://${h.get("host") ?? "localhost"}`;
}
