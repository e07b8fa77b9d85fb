// Wraps every request the production server handles (scripts/serve.mjs): gives it a request id (echoed in the
// X-Request-Id response header and attached to every log line written while it runs), writes one JSON access-log
// line when it ends, and times it for the metrics endpoint (GET /api/metrics). Plain JavaScript because the
// server runs without a TypeScript loader.
//
// The access log names the route (e.g. /dashboard/submissions/[id]), never the address as sent: query strings
// and path segments can carry a resume token or a search for a patient's name.
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pino from "pino";
import client from "prom-client";

// An id a proxy sent is kept only if it looks like an id: no spaces, quotes or control characters in the logs.
const FORWARDED_ID = /^[A-Za-z0-9._:@-]{1,128}$/;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * @param {{ trustProxy: boolean, distDir: string }} options
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, handle: () => unknown) => void}
 */
export function createRequestObserver({ trustProxy, distDir }) {
  const storage = (globalThis.__spineRequestContext ??= new AsyncLocalStorage());
  const log = pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "spine-intake" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  const routeOf = routeMatcher(distDir);
  const duration = httpDurationHistogram();

  return (req, res, handle) => {
    const forwarded = req.headers["x-request-id"];
    const requestId =
      trustProxy && typeof forwarded === "string" && FORWARDED_ID.test(forwarded) ? forwarded : crypto.randomUUID();
    // The app reads it from the request too (route handlers), and the client sees it in the answer.
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const method = METHODS.has(req.method ?? "") ? req.method : "OTHER";
      const route = routeOf(req.url ?? "/");
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
      duration.observe({ method, route, status: String(status) }, seconds);
      if (route === "/_next/static") return; // the build's files: timed, not logged
      log.info(
        { requestId, method, route, status, durationMs: Math.round(seconds * 1000 * 10) / 10 },
        "request finished",
      );
    });
    storage.run({ requestId }, handle);
  };
}

/** One histogram in prom-client's default registry, which the app's /api/metrics reads (same module instance). */
function httpDurationHistogram() {
  const name = "spine_http_request_duration_seconds";
  return (
    client.register.getSingleMetric(name) ??
    new client.Histogram({
      name,
      help: "Time from a request's arrival to its last byte, by route, method and status code.",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    })
  );
}

/**
 * Turns a request's path into the route that serves it, from the build's own routes manifest, so the metric's
 * labels stay a short fixed list however many submissions (and ids in addresses) there are.
 * @param {string} distDir
 * @returns {(url: string) => string}
 */
export function routeMatcher(distDir) {
  let routes = [];
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
    routes = [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map((r) => ({
      page: r.page,
      regex: new RegExp(r.regex),
    }));
  } catch {
    // No build (tests of this module): every address reads as "unmatched".
  }
  return (url) => {
    const pathname = url.split("?")[0] ?? "/";
    if (pathname.startsWith("/_next/static/")) return "/_next/static";
    if (pathname.startsWith("/_next/")) return "/_next";
    return routes.find((r) => r.regex.test(pathname))?.page ?? "unmatched";
  };
}
