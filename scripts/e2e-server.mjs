// Serves the production build for the e2e suite on a fresh, dedicated PostgreSQL database, so that test
// fixtures can create staff accounts directly in the database the server uses.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";

const base = process.env.TEST_DATABASE_URL;
if (!base) throw new Error("TEST_DATABASE_URL must name a PostgreSQL server for the e2e suite");
const name = process.env.E2E_DATABASE_NAME ?? "spine_e2e";
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${name}`);
await admin.end();

// With PostgreSQL the portal needs an explicit AUTH_SECRET; the fixtures read the same file (lib/auth-secret.ts).
const secretFile = ".data/auth-secret";
if (!process.env.AUTH_SECRET) {
  if (!fs.existsSync(secretFile)) {
    fs.mkdirSync(".data", { recursive: true });
    fs.writeFileSync(secretFile, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
}

const url = new URL(base);
url.pathname = `/${name}`;
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url.toString() },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
