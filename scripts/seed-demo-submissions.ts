// Demo data for the dashboard: realistic submissions (levels, statuses, causes, red flags, dates over three
// years) written with multi-row INSERTs, fast enough for 100,000 rows. Used by `npm run bench:dashboard`, and by
// hand for a demo:
//
//   DATABASE_URL=postgresql://… npx tsx scripts/seed-demo-submissions.ts --count 5000
//   npx tsx scripts/seed-demo-submissions.ts --count 2000          # the embedded database (server stopped)
//
// The database must be migrated with a published question set (start the app once). It refuses a database that
// already holds submissions — they may be real patients — unless --force is given. Every name is made up.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { buildAnswerSchema, parseDefinition, type Answers, type Definition } from "../lib/domain/question-set";
import { evaluate, type TriageResult } from "../lib/domain/triage";
import { makeReferenceCode } from "../lib/domain/submission/reference-code";
import { resolveDatabaseTarget } from "../lib/db/database-url";

type Query = (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

const FIRST = [
  "Alex",
  "Sam",
  "Jo",
  "Priya",
  "Mohammed",
  "Olivia",
  "Liam",
  "Ava",
  "Noah",
  "Mia",
  "Ewan",
  "Chloe",
  "Tomasz",
  "Aisha",
  "Kwame",
  "Ines",
  "Hiro",
  "Lucia",
  "Oskar",
  "Fatima",
  "Grace",
  "Ravi",
  "Sofia",
  "Daniel",
];
const LAST = [
  "Smith",
  "Jones",
  "Khan",
  "Patel",
  "Brown",
  "Williams",
  "Taylor",
  "Nowak",
  "Okafor",
  "Garcia",
  "Murphy",
  "Chen",
  "Silva",
  "Evans",
  "Ali",
  "Wilson",
  "Kowalski",
  "Rossi",
  "Singh",
  "Hughes",
  "Novak",
  "Dubois",
];

function parseArgs(argv: string[]) {
  const args = { count: 1_000, force: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--force") args.force = true;
    else if (argv[i] === "--count") args.count = Number(argv[++i]);
    else throw new Error(`Unknown argument ${argv[i]} (use --count N and --force)`);
  }
  if (!Number.isInteger(args.count) || args.count < 1 || args.count > 2_000_000)
    throw new Error("--count: 1 to 2,000,000");
  return args;
}

/** A seeded random source, so a demo database looks the same each time it is made. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

/** Answer sets of each triage level: random valid answers, evaluated once, reused with different names. */
function answerVariants(definition: Definition, base: Answers, rnd: ReturnType<typeof random>) {
  const schema = buildAnswerSchema(definition);
  const variants: Record<TriageResult["level"], { answers: Answers; triage: TriageResult }[]> = {
    EMERGENT: [],
    URGENT: [],
    ROUTINE: [],
  };
  const redFlagItems = definition.sections.find((s) => s.id === "red_flags")?.items ?? [];
  for (let attempt = 0; attempt < 3_000 && Object.values(variants).some((v) => v.length < 60); attempt++) {
    const answers: Answers = { ...base, full_name: "__NAME__" };
    for (const section of definition.sections) {
      if (section.id === "about_you" || section.id === "red_flags") continue;
      for (const item of section.items) {
        if (item.type === "yesno" && rnd.next() < 0.3) answers[item.id] = rnd.next() < 0.5;
        else if (item.type === "single" && rnd.next() < 0.6) answers[item.id] = rnd.pick(item.options).value;
        else if (item.type === "multi" && rnd.next() < 0.5) answers[item.id] = [rnd.pick(item.options).value];
        else if (item.type === "scale")
          answers[item.id] = item.min + Math.floor(rnd.next() * (item.max - item.min + 1));
      }
    }
    // About one in five answer sets carries a red flag; evaluation decides how serious it is.
    if (rnd.next() < 0.2) {
      const flagItem = rnd.pick(redFlagItems.filter((i) => i.type === "yesno"));
      answers[flagItem.id] = true;
    }
    const parsed = schema.safeParse(answers);
    if (!parsed.success) continue;
    const triage = evaluate(definition, parsed.data);
    if (variants[triage.level].length < 60) variants[triage.level].push({ answers: parsed.data, triage });
  }
  for (const [level, list] of Object.entries(variants)) {
    if (list.length === 0) throw new Error(`Could not make a ${level} answer set from the published question set`);
  }
  return variants;
}

async function connect(): Promise<{ query: Query; close: () => Promise<void> }> {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return { query: (sql, params) => client.query(sql, params), close: () => client.end() };
  }
  if (fs.existsSync(path.join(target.dataDir, "spine-intake.lock"))) {
    throw new Error(`The embedded database ${target.dataDir} is open in a running app: stop it first.`);
  }
  const db = await PGlite.create(target.dataDir);
  return {
    query: async (sql, params) => ({ rows: (await db.query<Record<string, unknown>>(sql, params)).rows }),
    close: () => db.close(),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rnd = random(20261125);
  const { query, close } = await connect();
  try {
    const version = (
      await query(
        `SELECT v.id, v.definition FROM "QuestionSetVersion" v JOIN "QuestionSet" s ON s.id = v."questionSetId"
         WHERE v.status = 'PUBLISHED' ORDER BY v."publishedAt" DESC NULLS LAST LIMIT 1`,
      )
    ).rows[0];
    if (!version)
      throw new Error("No published question set: start the app once (npm start) to migrate and publish it.");
    const existing = Number((await query(`SELECT count(*)::int AS n FROM "Submission"`)).rows[0]!.n);
    if (existing > 0 && !args.force) {
      throw new Error(
        `This database already holds ${existing} submissions, which may be real patients. Use --force to add demo data anyway.`,
      );
    }
    const parsed = parseDefinition(version.definition);
    if (!parsed.ok) throw new Error("The published question set is invalid");
    const definition = parsed.definition;
    const base = JSON.parse(
      fs.readFileSync(path.join(import.meta.dirname, "../tests/fixtures/routine-answers.json"), "utf8"),
    ) as Answers;
    const variants = answerVariants(definition, base, rnd);

    // Colleagues to assign to: the clinic's active staff plus a few demo accounts that cannot sign in.
    for (let i = 1; i <= 4; i++) {
      await query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, active, "updatedAt")
         VALUES ($1, $2, $3, '!demo-account-cannot-sign-in', 'CLINICIAN', false, now()) ON CONFLICT (email) DO NOTHING`,
        [
          `demo${i}${crypto.randomBytes(6).toString("hex")}`,
          `demo-colleague-${i}@example.invalid`,
          `Demo Colleague ${i}`,
        ],
      );
    }
    const staff = (await query(`SELECT id FROM "User" WHERE active OR email LIKE 'demo-colleague-%'`)).rows.map((r) =>
      String(r.id),
    );

    const now = Date.now();
    const THREE_YEARS = 3 * 365 * 86_400_000;
    const codes = new Set<string>();
    const BATCH = 2_000;
    const started = Date.now();
    for (let offset = 0; offset < args.count; offset += BATCH) {
      const cols: unknown[][] = Array.from({ length: 17 }, () => []);
      for (let i = offset; i < Math.min(args.count, offset + BATCH); i++) {
        const r = rnd.next();
        const level = r < 0.04 ? "EMERGENT" : r < 0.18 ? "URGENT" : "ROUTINE";
        const variant = rnd.pick(variants[level]);
        const name = `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
        // Skewed toward recent weeks: a clinic's intake grows, and the open work is recent.
        const age = Math.floor(Math.pow(rnd.next(), 2.2) * THREE_YEARS);
        const createdAt = new Date(now - age);
        const days = age / 86_400_000;
        const status =
          days > 21
            ? rnd.next() < 0.99
              ? "CLOSED"
              : "CONTACTED"
            : days > 2
              ? rnd.pick(["IN_REVIEW", "CONTACTED", "CLOSED", "CLOSED"])
              : rnd.pick(["NEW", "NEW", "IN_REVIEW", "CONTACTED"]);
        const flagged = level !== "ROUTINE";
        const acknowledged = flagged && (status !== "NEW" || rnd.next() < 0.5);
        const ackDelay = level === "EMERGENT" ? 60_000 * (2 + rnd.next() * 25) : 60_000 * (10 + rnd.next() * 300);
        const acknowledgedAt = acknowledged ? new Date(Math.min(now, createdAt.getTime() + ackDelay)) : null;
        const assignee = status === "NEW" ? null : rnd.pick(staff);
        let code: string;
        do code = makeReferenceCode(crypto.randomBytes(8));
        while (codes.has(code));
        codes.add(code);
        const answers = { ...variant.answers, full_name: name };
        const triage = { ...variant.triage, summary: variant.triage.summary.replaceAll("__NAME__", name) };
        const row = [
          `demo${crypto.randomBytes(10).toString("hex")}`,
          code,
          crypto.randomBytes(18).toString("base64url"),
          version.id,
          JSON.stringify(answers),
          JSON.stringify(triage),
          level,
          name,
          status,
          assignee,
          acknowledgedAt?.toISOString() ?? null,
          acknowledged ? assignee : null,
          `{${triage.causes.map((c) => `"${c.id}"`).join(",")}}`,
          `{${triage.flags.map((f) => `"${f.ruleId}"`).join(",")}}`,
          name.toLowerCase(),
          createdAt.toISOString(),
          status === "NEW"
            ? createdAt.toISOString()
            : new Date(Math.min(now, createdAt.getTime() + ackDelay * 2)).toISOString(),
        ];
        row.forEach((value, c) => cols[c]!.push(value));
      }
      // One statement per batch: every column goes in as one array parameter and unnest() turns them into rows.
      await query(
        `INSERT INTO "Submission" (id, "referenceCode", "idempotencyKey", "questionSetVersionId", answers, triage,
           "triageLevel", "patientName", status, "assigneeId", "acknowledgedAt", "acknowledgedById", "causeIds",
           "flagIds", "patientNameSearch", "createdAt", "updatedAt")
         SELECT id, code, key, vid, a::jsonb, t::jsonb, lvl::"TriageLevel", nm, st::"SubmissionStatus", asg,
                (ack::timestamptz AT TIME ZONE 'UTC'), ackby, causes::text[], flags::text[], nms,
                (ca::timestamptz AT TIME ZONE 'UTC'), (ua::timestamptz AT TIME ZONE 'UTC')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
                     $16::text[], $17::text[])
           AS u(id, code, key, vid, a, t, lvl, nm, st, asg, ack, ackby, causes, flags, nms, ca, ua)`,
        cols,
      );
      if ((offset / BATCH) % 10 === 9) console.error(`… ${offset + BATCH} rows`);
    }
    // Fresh statistics, so the planner knows the shape of what was just written.
    await query(`ANALYZE "Submission"`);
    console.error(`Seeded ${args.count} demo submissions in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
