import type { submitIntakeAction } from "@/lib/actions/intake/submit-intake";
import type { ClinicContact } from "./clinic-contact";
import { format, type Direction, type FormMessages } from "@/lib/i18n/messages";

/** What went wrong with a submission, in words that say what to do; `sendAsNew` offers sending under a new key. */
export type SubmitProblem = { message: string; sendAsNew?: boolean };

type Answer = Awaited<ReturnType<typeof submitIntakeAction>>;
/** A refusal other than answers to fix; its English message is not shown (the patient's language is). */
type Refusal = WithoutMessage<Exclude<Extract<Answer, { ok: false }>, { code: "invalid" }>>;
type WithoutMessage<T> = T extends unknown ? Omit<T, "message"> & { message?: string } : never;

export function submitProblem(
  result: Refusal,
  contact: ClinicContact,
  messages: FormMessages,
  dir: Direction = "ltr",
): SubmitProblem {
  const m = messages.submit;
  switch (result.code) {
    case "version-not-published":
      return { message: m.versionChanged };
    case "database-unavailable":
      return { message: m.saveFailed };
    case "rate-limited":
      return { message: format(m.rateLimited, { seconds: result.retryAfterSeconds }, dir) };
    case "key-reused":
      // The form was sent once already (its answer may have been lost on the way) and the answers changed since:
      // the clinic has the first copy, and sending this one under the same key could never store it.
      return {
        message: contact.clinicPhone
          ? format(m.keyReusedWithPhone, { sendAsNew: m.sendAsNew, phone: contact.clinicPhone }, dir)
          : format(m.keyReused, { sendAsNew: m.sendAsNew }, dir),
        sendAsNew: true,
      };
    default:
      return { message: m.generic };
  }
}
