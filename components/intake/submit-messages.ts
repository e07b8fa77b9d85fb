import type { SubmitIntakeActionResult } from "@/lib/actions/intake/submit-intake";
import type { ClinicContact } from "./clinic-contact";

/** What went wrong with a submission, in words that say what to do; `sendAsNew` offers sending under a new key. */
export type SubmitProblem = { message: string; sendAsNew?: boolean };

export const SAVE_FAILED =
  "We could not save just now. Your answers are still here: wait a few seconds and press Submit again.";
export const UNREACHABLE =
  "We could not reach the clinic's server. Your answers are still here: check your connection and press Submit again.";

export const SEND_AS_NEW = "Send as a new copy";

type Refusal = Exclude<Extract<SubmitIntakeActionResult, { ok: false }>, { code: "invalid" }>;

export function submitProblem(result: Refusal, contact: ClinicContact): SubmitProblem {
  switch (result.code) {
    case "version-not-published":
      return { message: "This form has been updated since you opened it. Please reload the page to continue." };
    case "database-unavailable":
      return { message: SAVE_FAILED };
    case "rate-limited":
      return {
        message: `Too many forms have been sent from this connection. Please wait ${result.retryAfterSeconds} seconds and press Submit again.`,
      };
    case "key-reused":
      // The form was sent once already (its answer may have been lost on the way) and the answers changed since:
      // the clinic has the first copy, and sending this one under the same key could never store it.
      return {
        message:
          "This form was already sent once, with different answers, and the clinic has that first copy. " +
          `To send your answers as they are now, press "${SEND_AS_NEW}": the clinic will see both copies` +
          (contact.clinicPhone ? `, or call the clinic on ${contact.clinicPhone} to tell them what changed.` : "."),
        sendAsNew: true,
      };
    default:
      return { message: "Something went wrong sending your answers. Please press Submit again." };
  }
}
