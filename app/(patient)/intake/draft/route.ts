import { answeringDatabaseOutages } from "@/lib/http/database-unavailable";
import { readJsonBody } from "@/lib/http/read-json-body";
import { isOwnPatientFormRequest } from "@/lib/http/same-origin";
import { PROGRESS_SAVE_MAX_BYTES, savePatientProgress } from "@/lib/http/save-patient-progress";

export const dynamic = "force-dynamic";

const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

const REFUSALS = {
  "bad-request": [400, "The saved answers do not have the expected shape."],
  "unsupported-type": [415, "Send the saved answers as application/json."],
  "too-large": [413, `The saved answers are larger than ${PROGRESS_SAVE_MAX_BYTES} bytes.`],
  "version-not-published": [409, "This form has been updated since it was opened; reload the page."],
} as const;

/**
 * The intake form's autosave, as the patient answers and as the page closes (a `keepalive` fetch: a server action
 * cannot outlive its page). Public like the form; the rules are lib/http/save-patient-progress.ts. The URL keeps the
 * old word "draft" on purpose: a form loaded before a deploy still posts here.
 */
export function POST(request: Request) {
  return answeringDatabaseOutages(async () => {
    if (!isOwnPatientFormRequest(request)) {
      return json(403, {
        ok: false,
        code: "forbidden",
        error: "Answers are saved here only from the intake form itself.",
      });
    }
    const result = await savePatientProgress(() => readJsonBody(request, PROGRESS_SAVE_MAX_BYTES));
    if (result.ok) return json(200, result);
    if (result.code === "rate-limited") {
      return json(
        429,
        { ok: false, code: result.code, error: "Too many saves from this address; try again shortly." },
        { "Retry-After": String(result.retryAfterSeconds) },
      );
    }
    const [status, error] = REFUSALS[result.code];
    return json(status, { ok: false, code: result.code, error });
  });
}
