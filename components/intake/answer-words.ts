import type { AnswerWords } from "@/lib/domain/summary/answer-list";
import type { Messages } from "@/lib/i18n/messages";

/** Yes, No, Not sure and the body-map areas in the patient's language, for answers shown back to them. */
export function answerWords(m: Pick<Messages, "form" | "painMap">): AnswerWords {
  const regions = m.painMap.regions as Record<string, string>;
  return {
    yes: m.form.yes,
    no: m.form.no,
    notSure: m.form.notSure,
    region: (id) => regions[id] ?? id,
  };
}
