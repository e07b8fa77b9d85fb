import type { AnswerListSection } from "@/lib/domain/summary/answer-list";

/**
 * The patient's answers, section by section. Free text is shown as typed, marked with the language it was written
 * in (and `lang`, so a screen reader reads it in that language) when that is not the clinic's.
 */
export function AnswerListView({
  sections,
  language,
  languageName,
}: {
  sections: AnswerListSection[];
  language: string;
  languageName: string;
}) {
  return sections.map((section) => (
    <div key={section.sectionId} className="mb-4">
      <h3 className="font-semibold">{section.sectionTitle}</h3>
      <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[1fr_1fr]">
        {section.items.map((item) => (
          <div key={item.itemId} className="contents">
            <dt className="text-slate-700">{item.question}</dt>
            <dd className="font-medium">
              {item.freeText && language !== "en" ? (
                <>
                  <span lang={language}>{item.answer}</span>{" "}
                  <span className="text-xs font-normal text-slate-600">(written in {languageName})</span>
                </>
              ) : (
                item.answer
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  ));
}
