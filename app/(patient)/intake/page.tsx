import type { Metadata } from "next";
import { publicOrigin } from "@/lib/http/patient-cookies";
import { patientIntake, patientLanguage } from "@/lib/i18n/patient-language";
import { IntakeStart } from "@/components/intake/intake-start";
import { Alert } from "@/components/ui/alert";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";
import { clinicToday } from "@/lib/db/clinic-settings/clinic-today";
import { openingStepCount } from "@/lib/domain/intake-flow/opening-steps";
import { patientDefinition } from "@/lib/domain/question-set/patient-definition";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await patientLanguage()).messages.intake.pageTitle };
}
export const dynamic = "force-dynamic";

export default async function IntakePage({ searchParams }: { searchParams: Promise<{ resume?: string }> }) {
  const [{ resume }, { token, progress, version }, language] = await Promise.all([
    searchParams,
    patientIntake(),
    patientLanguage(),
  ]);
  const m = language.messages.intake;
  if (!version) {
    return (
      <Alert tone="info" title={m.notAvailableTitle}>
        <p>{m.notAvailableBody}</p>
      </Alert>
    );
  }
  return (
    <>
      {resume === "invalid" ? (
        <div className="mx-auto mb-4 max-w-2xl">
          <Alert tone="info" title={m.resumeInvalidTitle}>
            <p>{m.resumeInvalidBody}</p>
          </Alert>
        </div>
      ) : null}
      <IntakeStart
        definition={patientDefinition(version.definition, language.code)}
        openingSteps={openingStepCount(version.definition, await clinicToday())}
        versionId={version.id}
        contact={await getClinicSettings()}
        englishOnly={language.englishOnly}
        initialProgress={
          progress && token
            ? {
                answers: progress.answers,
                step: progress.step,
                resumeUrl: `${await publicOrigin()}/intake/resume?token=${token}`,
                expiresAt: progress.expiresAt.toISOString(),
                savedAt: progress.savedAt.toISOString(),
              }
            : undefined
        }
      />
    </>
  );
}
