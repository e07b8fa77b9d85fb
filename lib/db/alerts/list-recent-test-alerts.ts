import "server-only";
import { getDb } from "../client";
import { toDeliveryView } from "./list-submission-alerts";

/** The latest test alerts, newest first, so an admin sees at once whether the settings work. */
export async function listRecentTestAlerts(limit = 10) {
  const db = await getDb();
  const rows = await db.alertDelivery.findMany({
    where: { purpose: "TEST" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toDeliveryView);
}
