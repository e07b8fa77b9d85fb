import "server-only";
import { newTotpSecret, openTotpSecret, sealTotpSecret, totpUri } from "@/lib/auth/totp";
import { getDb } from "../client";

export type TotpEnrolment =
  { status: "enrolled"; recoveryCodesLeft: number } | { status: "pending"; secret: string; uri: string };

/**
 * The secret to show as a QR code. It is stored (encrypted) but not in force until a code from the app confirms it;
 * reloading the page shows the same pending secret rather than making a new one each time.
 */
export async function startTotpEnrolment(userId: string): Promise<TotpEnrolment | null> {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true, recoveryCodeHashes: true },
  });
  if (!user) return null;
  if (user.totpEnabledAt) return { status: "enrolled", recoveryCodesLeft: user.recoveryCodeHashes.length };
  let secret = user.totpSecret ? openTotpSecret(user.totpSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    // Only while still unconfirmed, so a confirmation racing this cannot have its secret replaced.
    await db.user.updateMany({
      where: { id: userId, totpEnabledAt: null },
      data: { totpSecret: sealTotpSecret(secret) },
    });
  }
  return { status: "pending", secret, uri: totpUri(secret, user.email) };
}
