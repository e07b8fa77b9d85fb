import "server-only";
import * as z from "zod";
import { readOrCreateAuthSecret } from "./auth-secret";

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** During a rotation, the AUTH_SECRET before: sessions, sealed secrets and receipts made with it still open. */
  AUTH_SECRET_PREVIOUS: z.string().min(32, "AUTH_SECRET_PREVIOUS must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.string().optional(),
  /**
   * The address the server listens on (read by scripts/serve.mjs). Unset: every interface, as before. Behind a
   * reverse proxy on the same machine, 127.0.0.1 keeps the app itself off the network.
   */
  HOST: z.string().min(1).optional(),
  /** "off" stops this process from sending red-flag alerts (another instance must run the worker). */
  ALERT_WORKER: z.enum(["on", "off"]).default("on"),
  /** Alerts may go to loopback, link-local and private addresses (a webhook or mail server inside the clinic). */
  ALERT_ALLOW_PRIVATE_NETWORKS: z.stringbool().default(false),
  /** How often the alert worker looks for due alerts. */
  ALERT_POLL_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  /**
   * How long an unfinished intake (the patient's saved progress) can be resumed. Named "draft" on purpose, like
   * RATE_LIMIT_DRAFT_SAVES_PER_MINUTE: renaming a setting would break deployments that set it.
   */
  DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /** Per client address, per minute. Several patients may share a clinic's kiosk or a household's address. */
  RATE_LIMIT_SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Autosaves come a pause after typing (1.5 s) and at each step: one patient ~10-40 a minute, a waiting room more. */
  RATE_LIMIT_DRAFT_SAVES_PER_MINUTE: z.coerce.number().int().min(1).default(240),
  /** Attempts per client address per minute at the one-time links (invitation, password reset, first-admin setup). */
  RATE_LIMIT_LINK_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Behind a reverse proxy, trust its X-Forwarded-For for the client address (rate limits). */
  TRUST_PROXY: z.stringbool().default(false),
  /** An EMERGENT submission nobody has acknowledged for this many minutes is highlighted and counted in the queue's title. */
  QUEUE_OVERDUE_EMERGENT_MINUTES: z.coerce.number().int().min(1).max(1_440).default(15),
  /** Base of the canonical URLs in FHIR exports (Questionnaire, code systems); defaults to NEXTAUTH_URL. */
  FHIR_CANONICAL_BASE: z.url().optional(),
  /** Staff sign-in: consecutive failures on one account before it is locked, and for how long. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGNIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Failures from one client address (all accounts) within the window before the address is locked. */
  SIGNIN_MAX_ADDRESS_FAILURES: z.coerce.number().int().min(1).default(20),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Each earlier failure holds the next failed answer back this long (capped at 2 s). */
  SIGNIN_FAILURE_DELAY_MS: z.coerce.number().int().min(0).max(2_000).default(250),
  /** Staff sessions end after this long without the person doing anything (background polling does not count). */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** ...and after this long however active they are. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  /** Clinicians too must sign in with an authenticator app (admins always must). */
  REQUIRE_CLINICIAN_TOTP: z.stringbool().default(false),
  /** Bearer token for GET /api/metrics (Prometheus); the endpoint answers 404 while it is unset. */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  /** Closed submissions are deleted this many years after they were closed; unset keeps them for ever. */
  RETENTION_CLOSED_YEARS: z.coerce.number().int().min(1).max(100).optional(),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(
    `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
  );
}

// With PostgreSQL several instances may share one database: each would generate its own secret, and sessions,
// sealed secrets and receipts made by one would not open on another. So there the secret must be given.
if (!parsed.data.AUTH_SECRET && /^postgres(ql)?:/.test(parsed.data.DATABASE_URL ?? "")) {
  throw new Error(
    "Invalid configuration: AUTH_SECRET must be set when DATABASE_URL points at PostgreSQL (the same value on every instance)",
  );
}

const settings = parsed.data;
let authSecret: string | undefined;

export const env = {
  ...settings,
  // Read (or made, under .data/) on first use, not on import: proxy.ts reads only the public address and the mode.
  get AUTH_SECRET(): string {
    return (authSecret ??= settings.AUTH_SECRET ?? readOrCreateAuthSecret());
  },
};
