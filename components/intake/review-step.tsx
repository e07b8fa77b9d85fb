"use client";

import type { Section } from "@/lib/domain/question-set/definition-schema";
import type { Answers } from "@/lib/domain/question-set/answer-schema";
import { t } from "@/lib/domain/question-set/text";
import { formatAnswer } from "@/lib/domain/summary/answer-list";
import { useIntakeText } from "./intake-text";
import { answerWords } from "./answer-words";

/** Every answer the clinic will get, in the wording the patient saw, each with a way back to change it. */
export function ReviewStep({
  sections,
  answers,
  visible,
  onEdit,
}: {
  sections: Section[];
  answers: Answers;
  visible: ReadonlySet<string>;
  onEdit: (sectionId: string, itemId: string) => void;
}) {
  const { m, f, locale } = useIntakeText();
  const words = answerWords(m);
  return (
    <div className="space-y-6">
      <p>{m.review.intro}</p>
      <p className="text-slate-700">{m.review.agreed}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`review-${section.id}`} className="space-y-2">
          <h3 id={`review-${section.id}`} className="text-lg font-semibold">
            {t(section.title, locale)}
          </h3>
          <dl className="divide-y divide-slate-200 rounded-lg border border-slate-300">
            {section.items
              .filter((item) => item.type !== "display" && visible.has(item.id))
              .map((item) => {
                const value = answers[item.id];
                const question = t(item.text, locale);
                return (
                  <div key={item.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4">
                    <dt className="font-semibold sm:w-1/2">{question}</dt>
                    <dd className="flex flex-1 items-start justify-between gap-3">
                      <span className={value === undefined ? "text-slate-600 italic" : ""}>
                        {value === undefined ? m.review.notAnswered : formatAnswer(item, value, locale, words)}
                      </span>
                      <button
                        type="button"
                        className="no-print min-h-11 shrink-0 rounded px-2 font-semibold text-blue-800 underline underline-offset-2"
                        onClick={() => onEdit(section.id, item.id)}
                      >
                        {m.review.edit}
                        <span className="sr-only"> {f(m.review.editFor, { question })}</span>
                      </button>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </div>
  );
}
