import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets several checkouts or agents build side by side without sharing one .next folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships its own WASM and data files; bundling them breaks their relative loading.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  experimental: {
    serverActions: { bodySizeLimit: "256kb" },
  },
};

export default nextConfig;
