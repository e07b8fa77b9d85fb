/** The largest question-set file the import takes (the HL7 SDC Cardiology example is 262 KB). */
export const MAX_IMPORT_BYTES = 2_000_000;

/**
 * Server actions refuse bodies above Next.js's `bodySizeLimit` before our own check runs, with an
 * error page instead of a message; the limit leaves room for the largest file plus the form's fields.
 */
export const SERVER_ACTION_BODY_LIMIT = MAX_IMPORT_BYTES + 64 * 1024;
