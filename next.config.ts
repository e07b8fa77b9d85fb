import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/domain/question-set/fhir/import-limit";
import { API_SECURITY_HEADERS, HSTS_HEADER } from "./lib/http/security-headers";

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // /bench/bare (app/bench/bare/page.bench.tsx) is a yardstick for `npm run bench:size`, built only for it.
  pageExtensions: process.env.SPINE_BENCH_PAGES === "1" ? ["bench.tsx", "tsx", "ts"] : ["tsx", "ts"],
  // Lets several checkouts or agents build side by side without sharing one .next folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships its own WASM and data files; bundling them breaks their relative loading.
  // prom-client: one module instance for the app and scripts/serve.mjs, so both record into the same registry.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "prom-client"],
  // Pages get their headers (with a fresh script nonce) from proxy.ts; the API routes, which the proxy skips, get these.
  async headers() {
    return [
      { source: "/api/:path*", headers: asList(API_SECURITY_HEADERS) },
      {
        source: "/api/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: asList(HSTS_HEADER),
      },
      // And whenever the portal's public address is https, whatever the proxy says.
      ...((process.env.NEXTAUTH_URL ?? "").startsWith("https:")
        ? [{ source: "/api/:path*", headers: asList(HSTS_HEADER) }]
        : []),
    ];
  },
  experimental: {
    // The largest body any server action takes (the question-set import's 2 MB file). Above it Next.js answers 500,
    // so proxy.ts enforces each page's own, smaller limit first with a 413 (lib/http/body-limits.ts).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    // The proxy reads each action's body to measure it (a chunked body has no Content-Length); Next.js buffers at
    // most this much for it, so a longer body is seen as over the limit instead of being held whole in memory.
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT + 1,
  },
};

export default nextConfig;
