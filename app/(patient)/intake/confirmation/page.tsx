import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getReceipt } from "@/lib/db/submissions/get-receipt";
import { readReceiptCookie } from "@/lib/http/patient-cookies";
import { Confirmation } from "@/components/intake/confirmation";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";

export const metadata: Metadata = { title: "Your answers were sent" };
export const dynamic = "force-dynamic";

export default async function ConfirmationPage() {
  const receipt = await getReceipt(await readReceiptCookie());
  if (!receipt) redirect("/intake");
  return (
    <Confirmation
      referenceCode={receipt.referenceCode}
      guidance={receipt.guidance}
      contact={await getClinicSettings()}
    />
  );
}
