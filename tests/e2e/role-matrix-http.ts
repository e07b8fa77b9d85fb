// How the role matrix reads the production build and calls it over HTTP as a browser (or an attacker) would.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type pg from "pg";

const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(distDir, "server", file), "utf8")) as unknown;

export type BuiltAction = { id: string; key: string; worker: string };

/** Every server action the build serves, from its server-reference manifest: id, `<file>#<export>` and a page. */
export function builtActions(): BuiltAction[] {
  type Entry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
  const manifest = readJson("server-reference-manifest.json") as Record<"node" | "edge", Record<string, Entry>>;
  return Object.entries({ ...manifest.edge, ...manifest.node }).map(([id, entry]) => ({
    id,
    key: `${entry.filename ?? "(unknown file)"}#${entry.exportedName ?? "(unknown export)"}`,
    worker: Object.keys(entry.workers)[0]!,
  }));
}

/** Every page and route handler the build serves, as its app-paths manifest names them ("/(staff)/admin/page"). */
export function builtRoutes(): string[] {
  return Object.keys(readJson("app-paths-manifest.json") as Record<string, string>);
}

/** A URL for a page or route: route groups dropped, dynamic segments filled from `params`. */
export function urlFor(route: string, params: Record<string, string>): string {
  const url = route
    .replace(/^app\//, "/")
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment, i, all) => {
      const dynamic = /^\[(.+)\]$/.exec(segment);
      if (!dynamic) return segment;
      // Keyed by the segment before the parameter: "submissions/[id]" and "versions/[id]" need different ids.
      const value = params[`${all[i - 1]}/${segment}`];
      if (!value) throw new Error(`The role matrix has no value for ${segment} in ${route}: add one to its params.`);
      return encodeURIComponent(value);
    })
    .join("/");
  return url || "/";
}

type EncodeReply = (value: unknown) => Promise<string | FormData>;
// React's own encoder, as bundled in Next.js: the body is exactly what the browser's router would send.
const { encodeReply } = createRequire(path.join(process.cwd(), "package.json"))(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as { encodeReply: EncodeReply };

/** Calls a server action the way Next.js's client does: POST to a page that has it, with its id in `Next-Action`. */
export async function callAction(
  request: APIRequestContext,
  action: BuiltAction,
  args: unknown[],
  params: Record<string, string>,
): Promise<{ response: APIResponse; body: string }> {
  const encoded = await encodeReply(args);
  const headers = { "Next-Action": action.id, Accept: "text/x-component" };
  const response = await request.post(urlFor(action.worker, params), {
    headers: typeof encoded === "string" ? { ...headers, "Content-Type": "text/plain;charset=UTF-8" } : headers,
    ...(typeof encoded === "string" ? { data: encoded } : { multipart: encoded }),
    maxRedirects: 0,
  });
  return { response, body: await response.text() };
}

const REFUSAL_WORDS = /"code":"forbidden"|You are not allowed|Your session has ended|Sign in again/;

/** Whether a response is the app saying no: a redirect to sign in, or an action's own refusal. */
export function isRefusal(response: APIResponse, body: string): boolean {
  const headers = response.headers();
  const redirect = headers["x-action-redirect"] ?? headers["location"] ?? "";
  return redirect.includes("/signin") || REFUSAL_WORDS.test(body);
}

const REJECTED_INPUT = /"code":"bad-request"|[?&](status|error)=bad-request|"fieldErrors"/;

/** Whether an action turned the call down as malformed: then the row's arguments, not the caller, were wrong. */
export const isRejectedInput = (body: string, response: APIResponse) =>
  REJECTED_INPUT.test(body) || REJECTED_INPUT.test(response.headers()["x-action-redirect"] ?? "");

/**
 * The tables a staff request could change, each as one fingerprint. Audit events, sessions, rate-limit counters
 * and patients' drafts are left out: a refused request may record itself, and only those may change.
 */
const SNAPSHOT_TABLES = [
  "Submission",
  "SubmissionNote",
  "QuestionSet",
  "QuestionSetVersion",
  "User",
  "StaffInvitation",
  "SetupToken",
  "AlertChannel",
  "AlertSettings",
  "AlertDelivery",
] as const;
export type Snapshot = Record<(typeof SNAPSHOT_TABLES)[number], string>;

export async function snapshot(db: pg.Pool): Promise<Snapshot> {
  const sql = SNAPSHOT_TABLES.map(
    (table) =>
      `SELECT '${table}' AS name, md5(coalesce(string_agg(to_jsonb(t)::text, ',' ORDER BY t.id), '')) AS hash FROM "${table}" t`,
  ).join(" UNION ALL ");
  const { rows } = await db.query<{ name: keyof Snapshot; hash: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.hash])) as Snapshot;
}

/** The tables whose contents differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return SNAPSHOT_TABLES.filter((table) => before[table] !== after[table]);
}
