// The deployment the README describes, run for real: PostgreSQL, two app instances from the production build
// (TRUST_PROXY=true, HOST=127.0.0.1) and nginx from Debian's package in front, with docs/deploy/nginx.conf. Every
// check goes through nginx over HTTPS, as a patient's phone or a clinician's browser would.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import routineAnswers from "../fixtures/routine-answers.json";
import { startWebhookReceiver, type WebhookReceiver } from "../fixtures/alert-sinks";
import { startAppInstance, type AppInstance } from "./harness/app-instance";
import { clientFor, freshClientAddress, signIn, submit, type Client, type SubmitOutcome } from "./harness/client";
import { createDeployDatabase, type DeployDatabase } from "./harness/database";
import { startNginx, type Nginx } from "./harness/nginx";
import { ensureProductionBuild } from "./harness/production-build";

const PORT_BASE = Number(process.env.DEPLOY_PORT_BASE ?? 3361);
const HTTPS_PORT = PORT_BASE;
const HTTP_PORT = PORT_BASE + 1;
const PORTS: [number, number] = [PORT_BASE + 2, PORT_BASE + 3];
const DATABASE_NAME = process.env.DEPLOY_DATABASE_NAME ?? "spine_deploy";
/** How long SIGTERM may take: scripts/serve.mjs waits up to 10 s for requests in flight. */
const STOP_LIMIT_MS = 12_000;

let database: DeployDatabase;
let dir: string;
let hooks: WebhookReceiver;
let nginx: Nginx;
let client: Client;
const instances: AppInstance[] = [];
let instanceEnv: Record<string, string>;

const startInstance = (index: 0 | 1) =>
  startAppInstance({ name: `instance ${"AB"[index]}`, port: PORTS[index], env: instanceEnv });

const storedCodes = async (codes: string[]) =>
  (
    await database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Submission" WHERE "referenceCode" = ANY($1)`,
      [codes],
    )
  ).rows[0]!.n;
const submissionCount = async () =>
  (await database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Submission"`)).rows[0]!.n;
/** Access-log lines from line `from` on, as [method and path, status, upstream]. */
const logLines = (from = 0) =>
  nginx
    .accessLog()
    .slice(from)
    .map((line) => {
      const match = /"(\S+ \S+)" (\d+) .* upstream=(\S+)/.exec(line);
      return { request: match?.[1] ?? "", status: Number(match?.[2]), upstream: match?.[3] ?? "" };
    });

/** Submissions from many patients (a fresh address each), `concurrency` at a time, until `during` is done. */
/** `fail_timeout` of the upstream servers in docs/deploy/nginx.conf. */
const NGINX_FAIL_TIMEOUT_MS = 10_000;

async function underLoad(concurrency: number, during: () => Promise<void>) {
  const outcomes: (SubmitOutcome & { at: number })[] = [];
  let running = true;
  const loops = Array.from({ length: concurrency }, async () => {
    while (running) outcomes.push({ ...(await submit(client)), at: Date.now() });
  });
  await during();
  running = false;
  await Promise.all(loops);
  return outcomes;
}

/** No acknowledged submission is missing; failures are clean answers from nginx; a retry with the same key stores each once. */
async function expectNothingAcknowledgedLost(outcomes: SubmitOutcome[], before: number) {
  const acknowledged = outcomes.filter((o) => o.ok);
  const failed = outcomes.filter((o) => !o.ok);
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(await storedCodes(acknowledged.map((o) => o.referenceCode))).toBe(acknowledged.length);
  for (const failure of failed) expect([502, 503, 504]).toContain(failure.status);
  // The patient presses Submit again: the same key is stored once, whether or not the first try got through.
  const retried = await Promise.all(failed.map((o) => submit(client, { key: o.key })));
  expect(retried.filter((o) => !o.ok)).toEqual([]);
  expect(await submissionCount()).toBe(before + outcomes.length);
  const failures: Record<string, number> = {};
  for (const failure of failed) failures[String(failure.status)] = (failures[String(failure.status)] ?? 0) + 1;
  return {
    acknowledged: acknowledged.length,
    failures,
    failed: failed.length,
    storedButUnanswered: retried.filter((o) => o.ok && o.duplicate).length,
  };
}

beforeAll(async () => {
  const build = ensureProductionBuild();
  console.log(`[deploy] production build ${build}`);
  database = await createDeployDatabase(DATABASE_NAME);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "spine-deploy-"));
  hooks = await startWebhookReceiver();
  instanceEnv = {
    DATABASE_URL: database.url,
    AUTH_SECRET: crypto.randomBytes(48).toString("base64url"),
    NEXTAUTH_URL: `https://127.0.0.1:${HTTPS_PORT}`,
    TRUST_PROXY: "true",
    ALERT_ALLOW_PRIVATE_NETWORKS: "true",
    ALERT_POLL_INTERVAL_MS: "500",
  };
  // One after the other, as in a rolling start: the first migrates the empty database, the second finds it current.
  instances[0] = await startInstance(0);
  instances[1] = await startInstance(1);
  nginx = await startNginx({ dir, httpsPort: HTTPS_PORT, httpPort: HTTP_PORT, upstreamPorts: PORTS });
  client = clientFor(nginx.url, nginx.ca);
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(instances.map((instance) => instance?.kill()));
  await hooks?.close();
  await database?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("two instances behind nginx on one PostgreSQL", () => {
  it("stores a patient's intake submitted through nginx", async () => {
    const outcome = await submit(client);
    expect(outcome).toMatchObject({ ok: true, status: 201, duplicate: false });
    if (outcome.ok) expect(await storedCodes([outcome.referenceCode])).toBe(1);
  });

  it("shows a clinician the new submission on whichever instance answers", async () => {
    const outcome = await submit(client);
    if (!outcome.ok) throw new Error(`submission failed: ${outcome.error}`);
    const email = `deploy-${crypto.randomBytes(4).toString("hex")}@clinic.test`;
    const password = crypto.randomBytes(16).toString("base64url");
    await database.pool.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, 'Casey Clinician', $3, 'CLINICIAN', now())`,
      [`deploy${crypto.randomBytes(8).toString("hex")}`, email, await hash(password)],
    );
    const cookie = await signIn(client, email, password);
    const from = nginx.accessLog().length;
    for (let i = 0; i < 6; i++) {
      const reply = await client.request("/dashboard", { headers: { cookie } });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain(outcome.referenceCode);
    }
    const served = logLines(from).filter((line) => line.request === "GET /dashboard" && line.status === 200);
    expect(new Set(served.map((line) => line.upstream))).toEqual(new Set(PORTS.map((port) => `127.0.0.1:${port}`)));
  });

  it("holds one patient's submission rate limit across both instances", async () => {
    // The limit counts per fixed minute: keep the burst inside one.
    const second = new Date().getSeconds();
    if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const from = nginx.accessLog().length;
    const patient = freshClientAddress();
    const outcomes: SubmitOutcome[] = [];
    for (let i = 0; i < 12; i++) outcomes.push(await submit(client, { from: patient }));
    expect(outcomes.map((o) => o.status)).toEqual([...Array(10).fill(201), 429, 429]);
    const lines = logLines(from).filter((line) => line.request === "POST /api/v1/submissions");
    expect(new Set(lines.filter((l) => l.status === 201).map((l) => l.upstream)).size).toBe(2);
    // A different patient is not held back by the first one's limit.
    expect((await submit(client)).status).toBe(201);
  });

  it("delivers an EMERGENT submission's alert to the on-call webhook once, with both alert workers running", async () => {
    await database.pool.query(
      `INSERT INTO "AlertChannel" (id, name, kind, recipients, levels, "webhookSecret", "updatedAt")
       VALUES ('deploy-pager', 'On-call pager', 'WEBHOOK', $1, '{EMERGENT}', $2, now())`,
      [[hooks.url], crypto.randomBytes(32).toString("base64url")],
    );
    const outcome = await submit(client, { answers: { bladder_control: true } });
    if (!outcome.ok) throw new Error(`submission failed: ${outcome.error}`);
    await hooks.waitForCalls(1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // six more polls on each instance
    const forThis = hooks.calls.filter((call) => call.body.includes(outcome.referenceCode));
    expect(forThis).toHaveLength(1);
    const { rows } = await database.pool.query(`SELECT state, attempts FROM "AlertDelivery"`);
    expect(rows).toEqual([{ state: "SENT", attempts: 1 }]);
  });

  it("stops an instance on SIGTERM without losing a request: the one in flight finishes, it exits 0, the other takes over", async () => {
    const before = await submissionCount();
    const [stopping] = instances;
    // A patient's submission still arriving when the stop begins (half its body sent).
    const body = JSON.stringify({ idempotencyKey: crypto.randomUUID(), answers: routineAnswers });
    const slow = http.request({
      host: "127.0.0.1",
      port: stopping!.port,
      path: "/api/v1/submissions",
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const slowReply = new Promise<{ status: number; body: string }>((resolve, reject) => {
      slow.on("response", (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      slow.on("error", reject);
    });
    slow.write(body.slice(0, 100));

    let exit!: Awaited<ReturnType<AppInstance["stop"]>>;
    const outcomes = await underLoad(6, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const stopped = stopping!.stop();
      await new Promise((resolve) => setTimeout(resolve, 500));
      slow.end(body.slice(100));
      exit = await stopped;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.afterMs).toBeLessThan(STOP_LIMIT_MS);
    const inFlight = await slowReply;
    expect(inFlight.status).toBe(201);
    expect(await storedCodes([(JSON.parse(inFlight.body) as { referenceCode: string }).referenceCode])).toBe(1);
    const figures = await expectNothingAcknowledgedLost(outcomes, before + 1);
    console.log(`[deploy] SIGTERM: ${JSON.stringify({ ...figures, stopMs: exit.afterMs })}`);
    expect(stopping!.output()).toContain("[spine-intake] stopped");
    instances[0] = await startInstance(0);
    // nginx keeps a server it saw fail out of rotation for its fail_timeout (10 s in docs/deploy/nginx.conf), even
    // once it is back: a rolling restart waits that long before stopping the next instance, and so does this test.
    await new Promise((resolve) => setTimeout(resolve, NGINX_FAIL_TIMEOUT_MS + 500));
  });

  it("loses nothing acknowledged when an instance is killed (kill -9) under load", async () => {
    const before = await submissionCount();
    const killed = instances[1]!;
    const outcomes = await underLoad(6, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await killed.kill();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    });
    const figures = await expectNothingAcknowledgedLost(outcomes, before);
    console.log(`[deploy] kill -9: ${JSON.stringify(figures)}`);
    // The survivor keeps answering.
    expect((await submit(client)).status).toBe(201);
  });
});
