/** The largest question-set file the import takes (the HL7 SDC Cardiology example is 262 KB). */
export const MAX_IMPORT_BYTES = 2_000_000;

/**
 * The body limit of the admin pages' server actions (proxy.ts refuses more with a 413, before Next.js reads it):
 * the largest file plus room for the form's other fields. The body is what is limited, so a file a little over
 * 2 MB may still fit; the form promises 2 MB.
 */
export const SERVER_ACTION_BODY_LIMIT = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * What the import form says, before sending, about a file over the limit: the proxy would answer the action with a
 * 413 the form cannot show, so the admin would get the page's error instead of a reason.
 */
export function importSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / 1_000_000).toFixed(1);
  return `This file is ${mb} MB; the import takes files up to ${MAX_IMPORT_BYTES / 1_000_000} MB. Nothing was imported.`;
}
