import type { Metadata } from "next";
import { getPublishedVersion } from "@/lib/db/question-sets/get-published-version";
import { loadDraft } from "@/lib/db/drafts/load-draft";
import { publicOrigin, readDraftCookie } from "@/lib/http/patient-cookies";
import { IntakeForm } from "@/components/intake/intake-form";
import { Alert } from "@/components/ui/alert";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";
import { patientDefinition } from "@/lib/domain/question-set/patient-definition";

export const metadata: Metadata = { title: "Your back pain intake" };
export const dynamic = "force-dynamic";

export default async function IntakePage({ searchParams }: { searchParams: Promise<{ resume?: string }> }) {
  const [{ resume }, token] = await Promise.all([searchParams, readDraftCookie()]);
  // A returning patient continues on the version they started, even if a newer one was published since.
  const draft = await loadDraft(token);
  const version = draft?.version ?? (await getPublishedVersion());
  if (!version) {
    return (
      <Alert tone="info" title="The intake form is not available yet">
        <p>Please contact the clinic by phone. If you need urgent help, call your local emergency number.</p>
      </Alert>
    );
  }
  return (
    <>
      {resume === "invalid" ? (
        <div className="mx-auto mb-4 max-w-2xl">
          <Alert tone="info" title="That resume link has expired or was already used">
            <p>Your earlier answers are no longer stored. Please start again below.</p>
          </Alert>
        </div>
      ) : null}
      <IntakeForm
        definition={patientDefinition(version.definition)}
        versionId={version.id}
        contact={await getClinicSettings()}
        initialDraft={
          draft && token
            ? {
                answers: draft.answers,
                step: draft.step,
                resumeUrl: `${await publicOrigin()}/intake/resume?token=${token}`,
                expiresAt: draft.expiresAt.toISOString(),
                savedAt: draft.savedAt.toISOString(),
              }
            : undefined
        }
      />
    </>
  );
}
