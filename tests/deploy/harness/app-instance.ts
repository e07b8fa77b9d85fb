// One app instance as an operator runs it: `node scripts/start.mjs` (what `npm start` runs after its build) in
// its own process group, so that a kill -9 takes the server with it the way systemd or Docker kill a service.
import { spawn } from "node:child_process";
import { ROOT } from "./production-build";

export type Exit = { code: number | null; signal: NodeJS.Signals | null; afterMs: number };

export type AppInstance = {
  name: string;
  port: number;
  /** Everything the instance printed (for failure messages and the "no patient data in the output" check). */
  output: () => string;
  exited: Promise<Exit>;
  /** SIGTERM to the start script, as `systemctl stop` or `docker stop` send it; resolves when it has exited. */
  stop: () => Promise<Exit>;
  /** SIGKILL to the whole process group: the server dies mid-request. */
  kill: () => Promise<Exit>;
};

export async function startAppInstance(options: {
  name: string;
  port: number;
  env: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<AppInstance> {
  const started = Date.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(options.port),
      ...options.env,
    },
  });
  const chunks: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  let signalledAt = 0;
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, afterMs: Date.now() - (signalledAt || started) })),
  );
  const output = () => chunks.join("");
  const send = (signal: NodeJS.Signals, group: boolean) => {
    signalledAt = Date.now();
    try {
      process.kill(group ? -child.pid! : child.pid!, signal);
    } catch {
      // already gone
    }
    return exited;
  };
  const instance: AppInstance = {
    name: options.name,
    port: options.port,
    output,
    exited,
    stop: () => send("SIGTERM", false),
    kill: () => send("SIGKILL", true),
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${options.name} exited before it was ready:\n${output().slice(-3000)}`);
    try {
      const response = await fetch(`http://127.0.0.1:${options.port}/api/health/ready`);
      if (response.status === 200) return instance;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await instance.kill();
  throw new Error(`${options.name} was not ready within the time limit:\n${output().slice(-3000)}`);
}
