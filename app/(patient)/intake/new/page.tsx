import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { patientLanguage } from "@/lib/i18n/patient-language";
import { startNewIntakeAction } from "@/lib/actions/intake/start-new-intake";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await patientLanguage()).messages.newIntake.pageTitle };
}

/** "Start a new intake" on a shared device. Visiting this page changes nothing; the button does. */
export default async function StartNewIntakePage() {
  const m = (await patientLanguage()).messages.newIntake;
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-4">
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <p>{m.body}</p>
      <form action={startNewIntakeAction}>
        <Button type="submit">{m.button}</Button>
      </form>
    </div>
  );
}
