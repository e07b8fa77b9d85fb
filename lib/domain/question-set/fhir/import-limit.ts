/** The largest question-set file the import takes (the HL7 SDC Cardiology example is 262 KB). */
export const MAX_IMPORT_BYTES = 2_000_000;

/**
 * The body limit of the admin pages' server actions (proxy.ts refuses more with a 413, before Next.js reads it):
 * the largest file plus room for the form's other fields. The body is what is limited, so a file a little over
 * 2 MB may still fit; the form promises 2 MB.
 */
export const SERVER_ACTION_BODY_LIMIT = MAX_IMPORT_BYTES + 64 * 1024;
