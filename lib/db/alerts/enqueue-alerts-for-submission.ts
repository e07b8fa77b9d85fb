import "server-only";
import type { TriageLevel } from "@/lib/domain/triage";
import { Prisma } from "../generated/prisma/client";
import { ALERT_SETTINGS_ID, DEFAULT_ESCALATION_MINUTES } from "./get-alert-settings";

/**
 * The common table expressions that write a new submission's alerts to the outbox, for the statement that stores
 * the submission (it must name its inserted row `submission`, RETURNING "id"): an alert exists exactly when its
 * submission does, and a red-flag submission costs one statement like a routine one — no interactive transaction
 * that a database stall could time out (the most important submissions must be the most robust).
 *
 * EMERGENT and URGENT go to every enabled channel that takes the level, once per distinct recipient; an EMERGENT
 * one also gets an escalation per escalation-list recipient, due after the set minutes, which acknowledging cancels.
 * Empty for ROUTINE.
 */
export function enqueueAlertsForSubmissionSql(level: TriageLevel, now: Date): Prisma.Sql {
  if (level === "ROUTINE") return Prisma.empty;
  const at = Prisma.sql`${now.toISOString()}::timestamp(3)`;
  const columns = Prisma.sql`("id", "purpose", "submissionId", "channelId", "channelKind", "channelName", "recipient",
    "nextAttemptAt", "createdAt", "updatedAt")`;
  const escalation =
    level === "EMERGENT"
      ? Prisma.sql`UNION ALL
        SELECT gen_random_uuid()::text, 'ESCALATION'::"AlertPurpose", s."id", r."id", r."kind", r."name", r."recipient",
          ${at} + make_interval(mins => coalesce(
            (SELECT "escalationMinutes" FROM "AlertSettings" WHERE "id" = ${ALERT_SETTINGS_ID}),
            ${DEFAULT_ESCALATION_MINUTES})),
          ${at}, ${at}
        FROM submission s CROSS JOIN alert_recipients r
        WHERE r."escalation"`
      : Prisma.empty;
  return Prisma.sql`, alert_recipients AS (
      SELECT DISTINCT c."id", c."name", c."kind", c."levels", c."escalation", recipient AS "recipient"
      FROM "AlertChannel" c CROSS JOIN LATERAL unnest(c."recipients") AS recipient
      WHERE c."enabled"
    ), alerts AS (
      INSERT INTO "AlertDelivery" ${columns}
      SELECT gen_random_uuid()::text, 'NEW_SUBMISSION'::"AlertPurpose", s."id", r."id", r."kind", r."name", r."recipient",
        ${at}, ${at}, ${at}
      FROM submission s CROSS JOIN alert_recipients r
      WHERE ${level}::"TriageLevel" = ANY(r."levels")
      ${escalation}
    )`;
}
