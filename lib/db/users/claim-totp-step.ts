import "server-only";
import type { DbTx } from "../types";

/**
 * Marks an authenticator code's time step as used, so the same code (or an earlier one still inside its validity
 * window) cannot be used again. Compare-and-set in one statement: of two requests with one code, only one wins.
 * Returns false when the step was already used.
 */
export async function claimTotpStep(db: DbTx, userId: string, step: number): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
    data: { totpLastUsedStep: step },
  });
  return count === 1;
}
