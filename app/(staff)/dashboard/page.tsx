import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guards";
import { listQueue } from "@/lib/db/submissions/list-queue";
import { getAlertStatus } from "@/lib/db/alerts/get-alert-status";
import { can } from "@/lib/auth/permissions";
import { AlertsOffNotice } from "@/components/dashboard/alerts-off-notice";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { QueueTable } from "@/components/dashboard/queue-table";

export const metadata: Metadata = { title: "Triage queue" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const staff = await requirePagePermission("queue:read", "/dashboard");
  const [queue, alertStatus] = await Promise.all([listQueue(), getAlertStatus()]);
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-4 text-2xl font-bold">Triage queue</h1>
      <div className="mb-4 space-y-2">
        <AlertsOffNotice status={alertStatus} nextStep={can(staff.role, "alerts:manage") ? "link" : "ask-admin"} />
      </div>
      <QueueTable rows={queue} />
    </>
  );
}
