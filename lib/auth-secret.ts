// A missing AUTH_SECRET is generated once and kept under .data/ so sessions survive restarts.
// No "server-only" here: the bootstrap script (plain Node) calls it before the server starts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const AUTH_SECRET_FILE = path.resolve(/*turbopackIgnore: true*/ ".data/auth-secret");

export function readOrCreateAuthSecret(file = AUTH_SECRET_FILE): string {
  try {
    const existing = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not created yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(48).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
