import type { Metadata } from "next";
import { getPublishedVersion } from "@/lib/db/question-sets/get-published-version";
import { IntakeForm } from "@/components/intake/intake-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Your back pain intake" };
export const dynamic = "force-dynamic";

export default async function IntakePage() {
  const version = await getPublishedVersion();
  if (!version) {
    return (
      <Alert tone="info" title="The intake form is not available yet">
        <p>Please contact the clinic by phone. If you need urgent help, call your local emergency number.</p>
      </Alert>
    );
  }
  return <IntakeForm definition={version.definition} versionId={version.id} />;
}
