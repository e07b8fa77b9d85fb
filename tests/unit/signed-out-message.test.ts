import { describe, expect, it } from "vitest";
import { signedOutMessage } from "../../lib/domain/staff-security/signed-out-message";

describe("why the sign-in page is shown", () => {
  it("names the idle limit after an idle timeout", () => {
    expect(signedOutMessage("idle", 30)).toBe("You were signed out after 30 minutes without activity.");
    expect(signedOutMessage("idle", 1)).toBe("You were signed out after 1 minute without activity.");
  });

  it("says only that the session ended for any other end, and nothing for a first visit or a made-up reason", () => {
    expect(signedOutMessage("ended", 30)).toBe("Your session ended.");
    expect(signedOutMessage(undefined, 30)).toBeNull();
    expect(signedOutMessage("revoked-by-admin", 30)).toBeNull();
  });
});
