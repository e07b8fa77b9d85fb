/**
 * Why a staff member is back at the sign-in page, in their words. Says nothing about the account (the address
 * parameter can be typed by anyone): only the clinic-wide idle limit, which every staff member already knows.
 */
export function signedOutMessage(ended: string | undefined, idleMinutes: number): string | null {
  if (ended === "idle") {
    return `You were signed out after ${idleMinutes} ${idleMinutes === 1 ? "minute" : "minutes"} without activity.`;
  }
  if (ended === "ended") return "Your session ended.";
  return null;
}
