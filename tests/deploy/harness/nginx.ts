// nginx from Debian's package as the reverse proxy, running the README's example file (docs/deploy/nginx.conf)
// with only its ports and paths changed, as a child process with its own prefix in a temporary directory (not
// the system service). A self-signed certificate stands in for the clinic's.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ROOT } from "./production-build";

export const EXAMPLE_CONFIG = path.join(ROOT, "docs/deploy/nginx.conf");

export type Nginx = {
  /** https://127.0.0.1:<port> */
  url: string;
  /** The certificate clients must trust. */
  ca: string;
  /** The access log's lines so far, in the example's `spine_intake` format. */
  accessLog: () => string[];
  stop: () => Promise<void>;
};

function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/local/sbin/nginx"]) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  throw new Error("nginx is not installed: install Debian's package (apt-get install nginx) or set NGINX_BIN");
}

/** The example file with its ports and paths replaced; each one must be found, so the two cannot drift apart. */
export function renderExampleConfig(values: {
  httpsPort: number;
  httpPort: number;
  upstreamPorts: [number, number];
  certificate: string;
  key: string;
  accessLog: string;
}): string {
  const replacements: [string, string][] = [
    ["listen 443 ssl", `listen 127.0.0.1:${values.httpsPort} ssl`],
    ["listen 80;", `listen 127.0.0.1:${values.httpPort};`],
    ["server 127.0.0.1:3001", `server 127.0.0.1:${values.upstreamPorts[0]}`],
    ["server 127.0.0.1:3002", `server 127.0.0.1:${values.upstreamPorts[1]}`],
    ["/etc/ssl/certs/intake.example.org.pem", values.certificate],
    ["/etc/ssl/private/intake.example.org.key", values.key],
    ["/var/log/nginx/spine-intake.access.log", values.accessLog],
  ];
  let text = fs.readFileSync(EXAMPLE_CONFIG, "utf8");
  for (const [from, to] of replacements) {
    if (text.split(from).length !== 2) throw new Error(`docs/deploy/nginx.conf must contain "${from}" once`);
    text = text.replace(from, to);
  }
  return text;
}

export async function startNginx(options: {
  dir: string;
  httpsPort: number;
  httpPort: number;
  upstreamPorts: [number, number];
}): Promise<Nginx> {
  const { dir } = options;
  // Worker processes run as an unprivileged user when nginx starts as root: they need to reach the temp paths.
  fs.chmodSync(dir, 0o755);
  const certificate = path.join(dir, "intake.pem");
  const key = path.join(dir, "intake.key");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"].concat([
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      certificate,
    ]),
    { stdio: "ignore" },
  );
  const accessLog = path.join(dir, "access.log");
  fs.writeFileSync(
    path.join(dir, "spine-intake.conf"),
    renderExampleConfig({ ...options, certificate, key, accessLog }),
  );
  // The main file a Debian install has around conf.d/*.conf, reduced to what a private prefix needs.
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      "worker_processes 1;",
      `pid ${path.join(dir, "nginx.pid")};`,
      "events { worker_connections 1024; }",
      "http {",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${temp(name)}`),
      `  include ${path.join(dir, "spine-intake.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const errorLog = path.join(dir, "error.log");
  const child = spawn(
    nginxBinary(),
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", errorLog, "-g", "daemon off;"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));

  const deadline = Date.now() + 10_000;
  while (!(await accepts(options.httpsPort))) {
    const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, "utf8") : "";
    if (gone || Date.now() > deadline) throw new Error(`nginx did not start:\n${stderr}\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `https://127.0.0.1:${options.httpsPort}`,
    ca: fs.readFileSync(certificate, "utf8"),
    accessLog: () => (fs.existsSync(accessLog) ? fs.readFileSync(accessLog, "utf8").split("\n").filter(Boolean) : []),
    stop: async () => {
      if (!gone) child.kill("SIGQUIT"); // nginx's graceful stop
      await exited;
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
