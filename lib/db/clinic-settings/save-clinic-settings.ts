import "server-only";
import type { ClinicSettingsInput } from "@/lib/domain/clinic-settings/settings-schema";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor, DbTx } from "../types";
import { CLINIC_SETTINGS_ID, getClinicSettings } from "./get-clinic-settings";

/** Saves the clinic's details; the audit event names the fields that changed, with old and new values. */
export async function saveClinicSettings(input: ClinicSettingsInput, actor: Actor): Promise<{ ok: true }> {
  const db = await getDb();
  await db.$transaction((tx) => writeClinicSettings(tx, input, actor));
  return { ok: true };
}

/** Joins a caller's transaction (first-run setup saves the emergency number with the first admin). */
export async function writeClinicSettings(tx: DbTx, input: Partial<ClinicSettingsInput>, actor: Actor) {
  const before = await getClinicSettings(tx);
  const changed: Record<string, { from: string | null; to: string | null }> = {};
  for (const [key, value] of Object.entries(input) as [keyof ClinicSettingsInput, string | null][]) {
    if (value !== undefined && before[key] !== value) changed[key] = { from: before[key], to: value };
  }
  await tx.clinicSettings.upsert({
    where: { id: CLINIC_SETTINGS_ID },
    create: { id: CLINIC_SETTINGS_ID, ...input },
    update: input,
  });
  await recordAuditEvent(tx, {
    actor,
    action: "clinic-settings.updated",
    entityType: "ClinicSettings",
    entityId: CLINIC_SETTINGS_ID,
    details: { changed },
  });
}
