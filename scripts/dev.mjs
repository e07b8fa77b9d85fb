// `npm run dev`: prepare the database as `npm start` does (migrate, default question set, setup link), then run
// Next's development server, so a fresh clone's /intake works on the first request.
import { spawn, spawnSync } from "node:child_process";

const port = process.env.PORT ?? "3000";
const env = { ...process.env, PORT: port, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };

const bootstrap = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "scripts/bootstrap.ts"],
  { stdio: "inherit", env },
);
if (bootstrap.status !== 0) process.exit(bootstrap.status ?? 1);

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", port], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
