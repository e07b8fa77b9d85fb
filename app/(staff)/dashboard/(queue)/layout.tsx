import type { Metadata } from "next";
import type { ReactNode } from "react";
import { cache } from "react";
import { getCurrentStaff, hasAccess, requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getAlertStatus } from "@/lib/db/alerts/get-alert-status";
import { countQueue } from "@/lib/db/submissions/count-queue";
import { queueTitle } from "@/lib/domain/queue/queue-search";
import { env } from "@/lib/env";
import { AlertsOffNotice } from "@/components/dashboard/alerts-off-notice";
import { QueueCountsBar } from "@/components/dashboard/queue-counts";
import { QueueLiveUpdates } from "@/components/dashboard/queue-live-updates";
import { StaffNav } from "@/components/dashboard/staff-nav";

export const dynamic = "force-dynamic";

// The title and the counts bar need the same counts: one query per request.
const countsNow = cache(() => countQueue(new Date(), env.QUEUE_OVERDUE_EMERGENT_MINUTES));

export async function generateMetadata(): Promise<Metadata> {
  const staff = await getCurrentStaff();
  if (!staff || !hasAccess(staff, "queue:read")) return { title: "Triage queue" };
  return { title: queueTitle((await countsNow()).overdueEmergent) };
}

/**
 * What the queue shows whatever its filters: navigation, alert notice, the open counts and the live-update poller.
 * A layout, so that applying a filter or turning a page (a change of the address's query only) renders and sends
 * just the page below it, not these and their queries again. New arrivals refresh the whole route, counts included.
 */
export default async function QueueLayout({ children }: { children: ReactNode }) {
  const staff = await requirePagePermission("queue:read", "/dashboard");
  const now = new Date();
  const [counts, alertStatus] = await Promise.all([countsNow(), getAlertStatus()]);
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-4 text-2xl font-bold">Triage queue</h1>
      <div className="mb-4 space-y-2">
        <AlertsOffNotice status={alertStatus} nextStep={can(staff.role, "alerts:manage") ? "link" : "ask-admin"} />
      </div>
      <QueueCountsBar counts={counts} overdueMinutes={env.QUEUE_OVERDUE_EMERGENT_MINUTES} />
      <QueueLiveUpdates
        // With no submission yet, "new" means after this page was made.
        since={(counts.newestCreatedAt ?? now).toISOString()}
        overdueEmergent={counts.overdueEmergent}
      />
      {children}
    </>
  );
}
