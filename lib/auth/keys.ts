// One key per purpose, each derived from AUTH_SECRET by HKDF, so no two uses share a key: a weakness in one (say a
// leaked address hash) says nothing about session signing. Rotation: set the old value as AUTH_SECRET_PREVIOUS and
// a new AUTH_SECRET; what was signed or sealed with the old one is still accepted until it is re-made or expires
// (README, "Rotating AUTH_SECRET").
// No "server-only": the e2e fixtures seal TOTP secrets with the same keys.
import crypto from "node:crypto";

export type KeyPurpose = "session" | "totp-secret-box" | "address-hash" | "receipt" | "smtp-password-box";

// The TOTP box was the first HKDF use and kept its original info string, so existing boxes still open.
const INFO: Record<KeyPurpose, string> = {
  session: "session-signing",
  "totp-secret-box": "totp-secret-encryption",
  "address-hash": "client-address-hash",
  receipt: "intake-receipt",
  "smtp-password-box": "smtp-password-encryption",
};

export function purposeKey(purpose: KeyPurpose, authSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, "spine-intake", INFO[purpose], 32));
}

/** The current secret first, then the previous one while a rotation is under way. */
export function secretsInUse(current: string, previous: string | undefined): string[] {
  return previous && previous !== current ? [current, previous] : [current];
}
