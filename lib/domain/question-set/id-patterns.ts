/**
 * The one definition of the ids a question set may use, shared by the meta-schema, the editor's checks and the FHIR
 * import. Question ids (and computed values, which are read as answers) appear in conditions and exports, so they
 * take only a-z, 0-9 and _; keys of sections, rules, scores, subscales and the set itself may also use "-".
 */
const QUESTION_ID = "[a-z][a-z0-9_]*";
const KEY_ID = "[a-z][a-z0-9_-]*";

export const QUESTION_ID_PATTERN = new RegExp(`^${QUESTION_ID}$`);
export const KEY_ID_PATTERN = new RegExp(`^${KEY_ID}$`);
/** A set's key at the end of a FHIR canonical URL (`…/Questionnaire/<key>`). */
export const KEY_AT_END_OF_URL = new RegExp(`/Questionnaire/(${KEY_ID})$`);

export const QUESTION_ID_RULE = "Question ids start with a lower-case letter and use only a-z, 0-9 and _";
export const KEY_ID_RULE = "Ids start with a lower-case letter and use only a-z, 0-9, - and _";
