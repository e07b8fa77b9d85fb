import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getReceipt } from "@/lib/db/submissions/get-receipt";
import { readReceiptCookie } from "@/lib/http/patient-cookies";
import { Confirmation } from "@/components/intake/confirmation";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { patientLanguage } from "@/lib/i18n/patient-language";
import { localFlags } from "@/lib/i18n/local-flags";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await patientLanguage()).messages.confirmation.pageTitle };
}
export const dynamic = "force-dynamic";

export default async function ConfirmationPage() {
  const receipt = await getReceipt(await readReceiptCookie());
  if (!receipt) redirect("/intake");
  const [language, version] = await Promise.all([patientLanguage(), readVersion({ id: receipt.versionId })]);
  return (
    <Confirmation
      referenceCode={receipt.referenceCode}
      guidance={{ ...receipt.guidance, flags: localFlags(receipt.guidance.flags, version?.definition, language.code) }}
      contact={await getClinicSettings()}
      m={language.messages}
      dir={language.dir}
    />
  );
}
