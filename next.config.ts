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
    // Matches the question-set import's own 2 MB limit, so a large Questionnaire gets our message, not a crash.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
  },
};

export default nextConfig;
