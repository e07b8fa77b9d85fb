import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guards";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { ClinicSettingsForm } from "@/components/admin/settings/clinic-settings-form";
import { saveClinicSettingsAction } from "@/lib/actions/admin/clinic-settings";

export const metadata: Metadata = { title: "Clinic settings" };
export const dynamic = "force-dynamic";

export default async function ClinicSettingsPage() {
  const staff = await requirePagePermission("settings:manage", "/admin/settings");
  const settings = await getClinicSettings();
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-2 text-2xl font-bold">Clinic settings</h1>
      <p className="mb-4 max-w-prose text-slate-700">
        Patients see these numbers and times on the intake, with every emergency or urgent advice and on their
        confirmation page. Staff pages show times in the clinic&apos;s time zone. Every change is in the audit log.
      </p>
      <section aria-labelledby="clinic-h" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="clinic-h" className="mb-3 text-xl font-semibold">
          Your clinic
        </h2>
        <ClinicSettingsForm
          action={saveClinicSettingsAction}
          settings={settings}
          timeZones={Intl.supportedValuesOf("timeZone")}
        />
      </section>
    </>
  );
}
