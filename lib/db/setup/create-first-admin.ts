import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { writeClinicSettings } from "../clinic-settings/save-clinic-settings";
import { hashToken } from "./issue-setup-token";

export type CreateFirstAdminResult = { ok: true } | { ok: false; code: "invalid-token" | "already-set-up" };

export async function isSetupTokenValid(token: string): Promise<boolean> {
  const db = await getDb();
  const row = await db.setupToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return !!row && !row.usedAt && row.expiresAt > new Date() && (await db.user.count()) === 0;
}

/** Spends the one-time setup token on the first admin account; a second use changes nothing. */
export async function createFirstAdmin(input: {
  token: string;
  email: string;
  name: string;
  password: string;
  /** Asked at first run so patient pages never show a wrong country's number. */
  emergencyNumber?: string;
}): Promise<CreateFirstAdminResult> {
  // The cheap check first: a made-up token must not cost the server an argon2id hash.
  if (!(await isSetupTokenValid(input.token))) return { ok: false, code: "invalid-token" };
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const spent = await tx.setupToken.updateMany({
      where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (spent.count === 0) return { ok: false, code: "invalid-token" } as const;
    if ((await tx.user.count()) > 0) return { ok: false, code: "already-set-up" } as const;
    const user = await tx.user.create({
      data: { email: input.email.trim().toLowerCase(), name: input.name.trim(), passwordHash, role: "ADMIN" },
    });
    const actor = { id: user.id, email: user.email, role: "ADMIN" } as const;
    await recordAuditEvent(tx, {
      actor,
      action: "setup.first-admin-created",
      entityType: "User",
      entityId: user.id,
    });
    if (input.emergencyNumber) await writeClinicSettings(tx, { emergencyNumber: input.emergencyNumber }, actor);
    return { ok: true } as const;
  });
}
