// Shared by the dashboard benchmarks: a clinician account written straight into the database, signed in over
// NextAuth's credentials endpoint as a browser would, and a small cookie jar to carry the session.
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database of that name on the server `serverUrl` names; returns its URL. */
export async function freshDatabase(serverUrl, name) {
  await withClient(serverUrl.toString(), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl, name) {
  await withClient(serverUrl.toString(), (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** A clinician with a random email and password, inserted into the database the server uses. */
export async function createClinician(databaseUrl) {
  const email = `bench-${crypto.randomBytes(4).toString("hex")}@clinic.test`;
  const password = crypto.randomBytes(16).toString("base64url");
  await withClient(databaseUrl, (c) =>
    hash(password).then((passwordHash) =>
      c.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, 'Bench Clinician', $3, 'CLINICIAN', now())`,
        [`bench${crypto.randomBytes(8).toString("hex")}`, email, passwordHash],
      ),
    ),
  );
  return { email, password };
}

/** A tiny cookie jar: NextAuth's csrf cookie, then the session cookie. */
export function cookieJar() {
  const cookies = new Map();
  return {
    take(response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const eq = pair.indexOf("=");
        cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
      }
    },
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    has: (name) => cookies.has(name),
    entries: () => [...cookies],
  };
}

/** Signs in through NextAuth's credentials form; `extra` carries more fields, e.g. `{ code }` for two-factor. */
export async function signIn(baseURL, email, password, extra = {}) {
  const jar = cookieJar();
  const csrfResponse = await fetch(`${baseURL}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = await csrfResponse.json();
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, ...extra, json: "true" }),
  });
  jar.take(response);
  if (!jar.has("next-auth.session-token")) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return jar;
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
