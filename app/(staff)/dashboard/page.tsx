import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guards";
import { listQueue } from "@/lib/db/submissions/list-queue";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { QueueTable } from "@/components/dashboard/queue-table";

export const metadata: Metadata = { title: "Triage queue" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  const staff = await requirePagePermission("queue:read", "/dashboard");
  const queue = await listQueue();
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-4 text-2xl font-bold">Triage queue</h1>
      <QueueTable rows={queue} />
    </>
  );
}
