import "server-only";
import { deleteProgress } from "@/lib/db/progress/delete-progress";
import { clearPatientCookies, readProgressCookie, setReceiptCookie } from "./patient-cookies";

/**
 * After a browser's submission is stored: its progress is deleted and forgotten (shared and kiosk devices), and a
 * short-lived receipt lets /intake/confirmation show the same code on reload. Used by the form's server action
 * and by the JSON API, which the form falls back to when the action is unavailable (e.g. after a deploy).
 */
export async function finishPatientSubmission(idempotencyKey: string) {
  await deleteProgress(await readProgressCookie());
  await clearPatientCookies();
  await setReceiptCookie(idempotencyKey);
}
