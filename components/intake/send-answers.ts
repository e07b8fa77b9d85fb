import { submitIntakeAction } from "@/lib/actions/intake/submit-intake";
import type { Answers } from "@/lib/domain/question-set/answer-schema";

export type SendOutcome =
  | { sent: true }
  | { sent: false; refusal: Extract<Awaited<ReturnType<typeof submitIntakeAction>>, { ok: false }> }
  | { sent: false; refusal: null };

/**
 * Sends a patient's answers and, once stored, opens the confirmation. A full page load on purpose: it reads the
 * HttpOnly receipt cookie the server set, and it drops the answers from this page's memory, which matters on a
 * shared or clinic device. `refusal: null` means the server could not be reached.
 */
type Input = { versionId: string; idempotencyKey: string; answers: Answers; language: string };

export async function sendAnswers(input: Input): Promise<SendOutcome> {
  try {
    const result = await submitIntakeAction({ ...input, consent: true });
    if (!result.ok) return { sent: false, refusal: result };
  } catch {
    // The action can be missing after a deploy (a form opened on the previous build) or the request lost:
    // the same answers, with the same idempotency key, go to the JSON API, which stores at most once.
    if (!(await sendThroughApi(input))) return { sent: false, refusal: null };
  }
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign("/intake/confirmation");
  return { sent: true };
}

async function sendThroughApi(input: Input) {
  try {
    const response = await fetch("/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-spine-patient-form": "1" },
      body: JSON.stringify(input),
    });
    return response.ok;
  } catch {
    return false;
  }
}
