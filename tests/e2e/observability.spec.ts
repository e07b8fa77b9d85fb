// What an operator sees of a running portal: JSON log lines with a request id, and Prometheus metrics behind a
// token. This spec starts its own server (same build, its own PostgreSQL database) to read everything it prints.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { ROUTINE_ANSWERS } from "../fixtures/default-answers";

const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const database = `${process.env.E2E_DATABASE_NAME ?? "spine_e2e"}_obs`;
const port = Number(process.env.E2E_PORT ?? 3210) + 50;
const base = `http://127.0.0.1:${port}`;
const token = crypto.randomBytes(24).toString("hex");

// A patient whose every identifier is unusual enough that any trace of it in the output is a real leak.
const suffix = crypto.randomBytes(4).toString("hex");
const patient = {
  full_name: `Quentin Logsearch${suffix}`,
  phone: "07700 900417",
  email: `quentin.${suffix}@patients.test`,
  notes: `Spasm started while lifting a wardrobe ${suffix}`,
};

let server: ChildProcess | undefined;
let output = "";

const admin = () => new pg.Client({ connectionString: serverUrl });
const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const client = admin();
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXTAUTH_URL: base,
      DATABASE_URL: urlOf(database),
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      METRICS_TOKEN: token,
      ALERT_WORKER: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 170; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`The server did not start:\n${output.slice(-2_000)}`);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  const client = admin();
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.end();
});

const submit = (answers: Record<string, unknown>) =>
  fetch(`${base}/api/v1/submissions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Request-Id": "forged id from a client" },
    body: JSON.stringify({ idempotencyKey: crypto.randomBytes(18).toString("base64url"), answers }),
  });

test("the metrics need the token, and count a submission by level with request timings and the database pool", async () => {
  expect((await fetch(`${base}/api/metrics`)).status).toBe(401);
  expect((await fetch(`${base}/api/metrics`, { headers: { Authorization: "Bearer wrong" } })).status).toBe(401);

  const stored = await submit({ ...ROUTINE_ANSWERS, ...patient });
  expect(stored.status).toBe(201);
  // Without a trusted proxy the client's id is replaced by the server's own, and echoed back.
  const requestId = stored.headers.get("x-request-id");
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

  const scrape = async () => {
    const response = await fetch(`${base}/api/metrics`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    return response.text();
  };
  // A request's timing is recorded when its last byte has gone, which can be just after the client has the answer.
  await expect
    .poll(scrape)
    .toMatch(
      /spine_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/submissions",status="201"\} 1/,
    );
  const text = await scrape();
  expect(text).toContain('spine_submissions_total{level="ROUTINE"} 1');
  expect(text).toMatch(/spine_db_pool_connections\{state="max"\} 10/);
  expect(text).toContain('spine_alert_outbox_deliveries{state="QUEUED"} 0');
  expect(text).toContain("process_cpu_seconds_total");
  // The access log line of that request carries its id, as JSON.
  const accessLine = () =>
    output.split("\n").find((l) => l.includes(requestId!) && l.includes('"route":"/api/v1/submissions"'));
  await expect.poll(() => accessLine() !== undefined).toBe(true);
  const line = accessLine();
  expect(line && JSON.parse(line)).toMatchObject({ level: "info", method: "POST", status: 201 });
});

test("nothing the patient typed appears in the server's output, on success, on invalid input or with the database down", async () => {
  expect((await submit({ ...ROUTINE_ANSWERS, ...patient })).status).toBe(201);
  // Invalid: a required answer missing and one out of range, the identifiers still sent.
  expect((await submit({ ...patient, pain_now: 42 })).status).toBe(422);

  // The database stops accepting connections and drops the server's own.
  const client = admin();
  await client.connect();
  await client.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
  await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
  try {
    const refused = await submit({ ...ROUTINE_ANSWERS, ...patient, full_name: `${patient.full_name} Again` });
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  } finally {
    await client.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    await client.end();
  }
  await new Promise((resolve) => setTimeout(resolve, 500)); // the last lines reach the pipe

  for (const identifier of [
    patient.full_name,
    "Logsearch",
    patient.phone,
    "900417",
    patient.email,
    suffix,
    patient.notes,
  ]) {
    expect(output, `the server printed ${identifier}`).not.toContain(identifier);
  }
  // And it did log something about each request, so the search above looked at real output.
  expect(output.split("\n").filter((l) => l.includes('"route":"/api/v1/submissions"')).length).toBeGreaterThanOrEqual(
    3,
  );
});
