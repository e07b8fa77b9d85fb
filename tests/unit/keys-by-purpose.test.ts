import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { purposeKey, secretsInUse } from "../../lib/auth/keys";
import { open, seal } from "../../lib/auth/secret-box";

const OLD = "o".repeat(48);
const NEW = "n".repeat(48);

describe("keys derived from AUTH_SECRET, one per purpose", () => {
  it("gives every purpose its own key, none of them the secret itself", () => {
    const purposes = ["session", "totp-secret-box", "address-hash", "receipt", "smtp-password-box"] as const;
    const keys = purposes.map((p) => purposeKey(p, NEW).toString("hex"));
    expect(new Set(keys).size).toBe(purposes.length);
    expect(keys).not.toContain(Buffer.from(NEW).toString("hex"));
  });

  it("opens what the previous secret sealed while a rotation is under way, and not after", () => {
    const box = seal("clinic-mail-password", "smtp-password-box", OLD);
    expect(open(box, "smtp-password-box", secretsInUse(NEW, OLD))).toBe("clinic-mail-password");
    expect(open(box, "smtp-password-box", secretsInUse(NEW, undefined))).toBeNull();
  });

  it("does not open a secret sealed for one purpose with the key of another", () => {
    const box = seal("JBSWY3DPEHPK3PXP", "totp-secret-box", NEW);
    expect(open(box, "smtp-password-box", [NEW])).toBeNull();
    expect(open(box, "totp-secret-box", [NEW])).toBe("JBSWY3DPEHPK3PXP");
  });

  // Loads the configuration in a process of its own, with nothing but the given variables.
  const loadConfiguration = (env: Record<string, string>) =>
    spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", 'await import("./lib/env.ts")'],
      { env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env }, encoding: "utf8", timeout: 60_000 },
    );

  it("refuses to start on PostgreSQL without an explicit AUTH_SECRET, since every instance would make its own", () => {
    const DATABASE_URL = "postgresql://clinic@db.example/spine";
    const without = loadConfiguration({ DATABASE_URL });
    expect(without.status).toBe(1);
    expect(without.stderr).toContain("AUTH_SECRET must be set when DATABASE_URL points at PostgreSQL");
    expect(loadConfiguration({ DATABASE_URL, AUTH_SECRET: NEW }).status).toBe(0);
  }, 120_000);
});
