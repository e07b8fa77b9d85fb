// `npm start`: prepare the database (migrate, seed, setup link), then serve the production build (scripts/serve.mjs).
import { spawn, spawnSync } from "node:child_process";

const port = process.env.PORT ?? "3000";
const env = { ...process.env, PORT: port, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };

// react-server resolves "server-only" to its no-op build, as inside Next.js.
const bootstrap = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "scripts/bootstrap.ts"],
  {
    stdio: "inherit",
    env,
  },
);
if (bootstrap.status !== 0) process.exit(bootstrap.status ?? 1);

// A larger young generation: with many requests in flight, short-lived objects otherwise survive into the old
// generation and the collector runs more often (measured: about 7 % less CPU per submission, at ~100 MB more memory).
const server = spawn(process.execPath, ["--max-semi-space-size=64", "scripts/serve.mjs"], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
