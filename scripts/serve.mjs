// The production server (`npm start` runs it after bootstrap): Next.js's request handler behind Node's own HTTP
// server, for two reasons. Next.js keeps an X-Forwarded-For header that the client sent and fills it in only when
// it is missing, so a client could pick its own address and dodge the rate limits and the sign-in throttle. Here
// the header is set from the connection itself, unless TRUST_PROXY says a reverse proxy in front sets it. And a
// stop (SIGTERM, as systemd, Docker and Kubernetes send) is graceful: see shutDown below.
import http from "node:http";
import next from "next";
import * as z from "zod";
import { createRequestObserver } from "./lib/request-observer.mjs";

// Its own reads of process.env, parsed like the settings in lib/env.ts: this file is plain Node that starts
// Next.js, and lib/env.ts is TypeScript behind "server-only" that only loads inside the built app.
const port = Number(process.env.PORT ?? 3000);
const host = z
  .string()
  .min(1)
  .optional()
  .parse(process.env.HOST || undefined);
const trustProxy = z.stringbool().default(false).parse(process.env.TRUST_PROXY);
/** How long a stop waits for requests in flight (and the alert worker's pass) before it cuts them off. */
const SHUTDOWN_LIMIT_MS = 10_000;

const app = next({ dev: false, port, hostname: host });
const handle = app.getRequestHandler();
await app.prepare();
// Request ids, the access log and request timing (scripts/lib/request-observer.mjs).
const observe = createRequestObserver({ trustProxy, distDir: process.env.NEXT_DIST_DIR || ".next" });

let stopping = false;
const server = http.createServer((req, res) => {
  if (!trustProxy || !req.headers["x-forwarded-for"]) req.headers["x-forwarded-for"] = req.socket.remoteAddress;
  // The same rule for the host: a forged X-Forwarded-Host would satisfy the server-action origin check.
  if (!trustProxy) delete req.headers["x-forwarded-host"];
  // A request that arrives on a kept-alive connection while stopping is still served, then its connection ends.
  if (stopping) res.setHeader("connection", "close");
  observe(req, res, () => void handle(req, res));
});
server.listen(port, host, () => console.log(`[spine-intake] serving on ${host ?? "every interface"}, port ${port}`));

/**
 * Stop accepting connections, let the requests in flight finish (a patient's submission is answered, not cut off)
 * and the alert worker finish its pass (each claimed alert is sent and recorded, or left claimed for another
 * instance to take over), close the database (the embedded one releases its data directory), then exit 0. After
 * SHUTDOWN_LIMIT_MS whatever is left is cut off and the exit code is 1. A second signal changes nothing.
 */
async function shutDown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(
    `[spine-intake] ${signal}: stopping (finishing requests in flight, at most ${SHUTDOWN_LIMIT_MS / 1000} s)`,
  );
  const closed = new Promise((resolve) => server.close(() => resolve()));
  // close() ends only the connections idle at that moment; a kept-alive one becomes idle after its response.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  // Both are set on globalThis by the app (lib/alerts/start-alert-worker.ts, lib/db/client.ts), in this process.
  const worker = globalThis.__spineAlertWorker;
  const finished = Promise.all([closed, worker?.stop()]).then(() => true);
  const inTime = await Promise.race([
    finished,
    new Promise((resolve) => setTimeout(resolve, SHUTDOWN_LIMIT_MS, false)),
  ]);
  clearInterval(sweep);
  if (!inTime) {
    console.error("[spine-intake] requests were still in flight at the limit: closing their connections");
    server.closeAllConnections();
  }
  try {
    await (await globalThis.__spineIntakeDb)?.$disconnect();
  } catch {
    // A database that failed to open has nothing to close.
  }
  console.log("[spine-intake] stopped");
  process.exit(inTime ? 0 : 1);
}
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void shutDown(signal));
