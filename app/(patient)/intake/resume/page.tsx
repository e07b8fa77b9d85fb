import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { Button } from "@/components/ui/button";
import { clinicToday } from "@/lib/db/clinic-settings/clinic-today";
import { coerceAnswers } from "@/lib/domain/question-set/answer-schema";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { visibleWithComputed } from "@/lib/domain/question-set/rule-answers";
import { shownSections, wizardStepCount } from "@/lib/domain/intake-flow/shown-sections";
import { intlLocale } from "@/lib/i18n/intl-locale";
import { format } from "@/lib/i18n/messages";
import { patientLanguage } from "@/lib/i18n/patient-language";
import { resumeProgressAction } from "@/lib/actions/intake/resume-progress";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await patientLanguage()).messages.resume.pageTitle };
}
export const dynamic = "force-dynamic";

/**
 * Opening a resume link shows what it would continue, and no answer, until the patient says it is theirs:
 * someone could have sent them a link to progress they saved themselves (see lib/actions/intake/resume-progress.ts).
 */
export default async function ResumePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const progress = await loadProgress(typeof token === "string" ? token : undefined);
  if (!progress || typeof token !== "string") redirect("/intake?resume=invalid");
  const { step, steps } = resumedStep(
    progress.version.definition,
    progress.answers,
    progress.step,
    await clinicToday(),
  );
  const answered = Object.keys(progress.answers).length;
  const { code, messages } = await patientLanguage();
  const m = messages.resume;
  const locale = intlLocale(code);
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const count = new Intl.NumberFormat(locale).format(answered);
  const plural = new Intl.PluralRules(locale).select(answered) === "one" ? m.summaryOne : m.summaryOther;
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-4">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p>{format(plural, { date: day.format(progress.savedAt), count, step, total: steps })}</p>
      <p>{m.onlyYours}</p>
      <form action={resumeProgressAction}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit">{m.continue}</Button>
      </form>
      <p>
        <a href="/intake/new" className="font-semibold text-blue-800 underline underline-offset-2">
          {m.startNew}
        </a>
      </p>
    </div>
  );
}

/** The step as the form numbers it ("Step 4 of 8": consent, the sections these answers show, review). */
function resumedStep(definition: Definition, answers: Record<string, unknown>, saved: number, today: string) {
  const visible = visibleWithComputed(definition, coerceAnswers(definition, answers), today);
  const steps = wizardStepCount(shownSections(definition, visible));
  return { step: Math.min(saved + 1, steps), steps };
}
