/**
 * The patient's language choice in this browser. Not HttpOnly: the picker sets it before asking the server for the
 * page again, and it holds nothing secret. Scoped to /intake so staff pages never see it.
 */
export const LANGUAGE_COOKIE = "intake_lang";
export const LANGUAGE_COOKIE_PATH = "/intake";
/** Set by proxy.ts on patient pages only, so the root layout knows to give `<html>` the patient's language. */
export const PATIENT_PAGE_HEADER = "x-spine-patient-page";
