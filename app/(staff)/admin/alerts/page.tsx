import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guards";
import { getAlertSettings } from "@/lib/db/alerts/get-alert-settings";
import { getAlertStatus } from "@/lib/db/alerts/get-alert-status";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { listAlertChannels } from "@/lib/db/alerts/list-alert-channels";
import { listRecentTestAlerts } from "@/lib/db/alerts/list-recent-test-alerts";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { AlertsOffNotice } from "@/components/dashboard/alerts-off-notice";
import { AlertDeliveryList } from "@/components/dashboard/alert-delivery-list";
import { AlertSettingsForm } from "@/components/admin/alerts/alert-settings-form";
import { ChannelForm } from "@/components/admin/alerts/channel-form";
import { ChannelList } from "@/components/admin/alerts/channel-list";
import { TestAlertForm } from "@/components/admin/alerts/test-alert-form";

export const metadata: Metadata = { title: "Alerts" };
export const dynamic = "force-dynamic";

export default async function AlertsPage() {
  const staff = await requirePagePermission("alerts:manage", "/admin/alerts");
  const [settings, status, channels, tests, timeZone] = await Promise.all([
    getAlertSettings(),
    getAlertStatus(),
    listAlertChannels(),
    listRecentTestAlerts(),
    getClinicTimeZone(),
  ]);
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-2 text-2xl font-bold">Red-flag alerts</h1>
      <p className="mb-4 max-w-prose text-slate-700">
        When a patient&apos;s answers make a submission EMERGENT or URGENT, the channels below are told at once, and
        told again if nobody acknowledges an EMERGENT one in time. Alerts carry no patient data: the triage level, the
        reference code, the time and a link to the dashboard (sign-in required).
      </p>
      <div className="space-y-6">
        <AlertsOffNotice status={status} nextStep="here" />

        <section aria-labelledby="channels-h" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="channels-h" className="mb-3 text-xl font-semibold">
            Channels
          </h2>
          <ChannelList channels={channels} />
          <h3 className="mt-6 mb-2 text-lg font-semibold">Add a channel</h3>
          <ChannelForm mode="create" />
        </section>

        <section aria-labelledby="smtp-h" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="smtp-h" className="mb-3 text-xl font-semibold">
            Email server and escalation
          </h2>
          <AlertSettingsForm
            settings={{
              smtpHost: settings.smtpHost ?? "",
              smtpPort: settings.smtpPort,
              smtpSecure: settings.smtpSecure,
              smtpUser: settings.smtpUser ?? "",
              hasPassword: Boolean(settings.smtpPassword),
              fromAddress: settings.fromAddress ?? "",
              escalationMinutes: settings.escalationMinutes,
            }}
          />
        </section>

        <section aria-labelledby="test-h" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="test-h" className="mb-3 text-xl font-semibold">
            Test alert
          </h2>
          <p className="mb-3 max-w-prose">
            Sends a message marked &quot;test&quot;, with no patient behind it, to every recipient of every enabled
            channel, so you can check that it arrives.
          </p>
          <TestAlertForm disabled={status.enabledChannels === 0} />
          <h3 className="mt-4 mb-2 font-semibold">Recent test alerts</h3>
          <AlertDeliveryList
            deliveries={tests}
            empty="No test alert has been sent yet."
            label="Recent test alerts"
            timeZone={timeZone}
          />
        </section>
      </div>
    </>
  );
}
