// HTTPS requests through nginx the way browsers and kiosks make them: a new connection per request, from a chosen
// loopback address (127.0.0.0/8 all reaches this machine), so that the test can be many patients or one.
import crypto from "node:crypto";
import https from "node:https";
import routineAnswers from "../../fixtures/routine-answers.json";

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export type Client = {
  request: (
    path: string,
    options?: { method?: string; headers?: Record<string, string>; body?: string; from?: string },
  ) => Promise<Reply>;
};

export function clientFor(baseUrl: string, ca: string): Client {
  return {
    request: (path, options = {}) =>
      new Promise<Reply>((resolve, reject) => {
        const request = https.request(
          new URL(path, baseUrl),
          {
            method: options.method ?? "GET",
            headers: options.headers,
            ca,
            agent: false,
            localAddress: options.from ?? "127.0.0.1",
            timeout: 60_000,
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
            response.on("error", reject);
          },
        );
        request.on("timeout", () => request.destroy(new Error("timed out")));
        request.on("error", reject);
        request.end(options.body);
      }),
  };
}

let addressCounter = 0;
/** A loopback address no other request of this run has used: a patient of their own for the rate limit. */
export function freshClientAddress(): string {
  addressCounter += 1;
  return `127.1.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

export const newIdempotencyKey = () => crypto.randomUUID();

export type SubmitOutcome =
  | { key: string; ok: true; status: number; referenceCode: string; duplicate: boolean }
  | { key: string; ok: false; status: number | null; error: string };

/** A patient's submission through the JSON API (the same validation and storage as the form). */
export async function submit(
  client: Client,
  options: { key?: string; from?: string; answers?: Record<string, unknown> } = {},
): Promise<SubmitOutcome> {
  const key = options.key ?? newIdempotencyKey();
  try {
    const reply = await client.request("/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ idempotencyKey: key, answers: { ...routineAnswers, ...options.answers } }),
      from: options.from ?? freshClientAddress(),
    });
    if (reply.status >= 200 && reply.status < 300) {
      const body = JSON.parse(reply.body) as { referenceCode: string; duplicate: boolean };
      return { key, ok: true, status: reply.status, referenceCode: body.referenceCode, duplicate: body.duplicate };
    }
    return { key, ok: false, status: reply.status, error: reply.body.slice(0, 200) };
  } catch (error) {
    return { key, ok: false, status: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** NextAuth's CSRF + credentials sign-in; returns the Cookie header the signed-in browser would send. */
export async function signIn(client: Client, email: string, password: string): Promise<string> {
  const cookies = new Map<string, string>();
  const take = (reply: Reply) => {
    const set = reply.headers["set-cookie"];
    for (const line of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await client.request("/api/auth/csrf");
  take(csrf);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await client.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  take(reply);
  if (![...cookies.keys()].some((name) => name.endsWith("next-auth.session-token")))
    throw new Error(`sign-in failed (HTTP ${reply.status})`);
  return header();
}
