// Oversized and deeply nested bodies to each endpoint that takes patient data (the intake form's submit action, its
// autosave route, the JSON API) and to the question-set import: a clear 413 or 400, never a 500, and nothing stored.
import { builtActions, urlFor, type BuiltAction } from "./role-matrix-http";
import { baseURL } from "../../playwright.config";
import type pg from "pg";
import { expect, test } from "./fixtures";

const action = (key: string): BuiltAction => {
  const found = builtActions().find((a) => a.key === key);
  if (!found) throw new Error(`No server action ${key} in the build`);
  return found;
};

const PATIENT_LIMIT = 64 * 1024;
const IMPORT_LIMIT = 2_000_000 + 64 * 1024;
const deep = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
/** An intake-shaped action argument whose one text answer makes the body `bytes` long. */
const intakeReply = (bytes: number) => {
  const shell = `[{"versionId":"v","idempotencyKey":"k","consent":true,"step":1,"answers":{"notes":""}}]`;
  return shell.replace(`"notes":""`, `"notes":"${"x".repeat(Math.max(0, bytes - shell.length))}"`);
};

/** Sent without a Content-Length (chunked), so only reading the body can tell its size. */
async function postChunked(path: string, headers: Record<string, string>, body: string): Promise<number> {
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 16 * 1024) controller.enqueue(bytes.subarray(i, i + 16 * 1024));
      controller.close();
    },
  });
  const response = await fetch(`${baseURL}${path}`, {
    method: "POST",
    headers,
    body: stream,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  await response.arrayBuffer();
  return response.status;
}

async function storedCounts(db: pg.Pool) {
  // "IntakeDraft" is the table of saved progress: it keeps its old name on purpose (no migration).
  const { rows } = await db.query<{ submissions: string; progress: string; versions: string }>(
    `SELECT (SELECT count(*) FROM "Submission") AS submissions, (SELECT count(*) FROM "IntakeDraft") AS progress,
            (SELECT count(*) FROM "QuestionSetVersion") AS versions`,
  );
  return rows[0];
}

for (const key of ["lib/actions/intake/submit-intake.ts#submitIntakeAction"]) {
  test(`the intake form's ${key.split("#")[1]} refuses an oversized or deeply nested body with a 4xx and stores nothing`, async ({
    request,
    db,
  }) => {
    const target = action(key);
    const path = urlFor(target.worker, {});
    const headers = {
      "Next-Action": target.id,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    };
    const before = await storedCounts(db);

    const oversized = await request.post(path, { headers, data: intakeReply(PATIENT_LIMIT + 1), maxRedirects: 0 });
    expect(oversized.status()).toBe(413);
    expect(await oversized.text()).toMatch(/larger than 65536 bytes.*Nothing was saved/);
    expect(await postChunked(path, headers, intakeReply(PATIENT_LIMIT + 1))).toBe(413);
    // Just under the limit goes through to the action (which refuses the made-up version itself, without a 500).
    const fits = await request.post(path, { headers, data: intakeReply(PATIENT_LIMIT - 1024), maxRedirects: 0 });
    expect(fits.status()).toBe(200);

    const nested = await request.post(path, { headers, data: `[{"answers":{"a":${deep(5000)}}}]`, maxRedirects: 0 });
    expect(nested.status()).toBe(400);
    expect(await nested.text()).toMatch(/more than 64 levels deep/);
    expect(await postChunked(path, headers, `[${deep(5000)}]`)).toBe(400);

    expect(await storedCounts(db)).toEqual(before);
  });
}

test("the JSON API refuses an oversized or deeply nested body with a 4xx and stores nothing", async ({
  request,
  db,
}) => {
  const headers = { "Content-Type": "application/json" };
  const before = await storedCounts(db);
  const body = JSON.stringify({ idempotencyKey: "k", answers: { notes: "x".repeat(PATIENT_LIMIT) } });
  expect((await request.post("/api/v1/submissions", { headers, data: body })).status()).toBe(413);
  expect(await postChunked("/api/v1/submissions", headers, body)).toBe(413);
  const nested = await request.post("/api/v1/submissions", {
    headers,
    data: `{"idempotencyKey":"k","answers":{"a":${deep(5000)}}}`,
  });
  expect(nested.status()).toBe(400);
  expect((await nested.json()).error).toMatch(/more than 64 levels deep/);
  expect(await storedCounts(db)).toEqual(before);
});

test("the intake form's autosave refuses an oversized or deeply nested body with a 4xx and saves nothing", async ({
  request,
  db,
}) => {
  const headers = { "Content-Type": "application/json", "x-spine-patient-form": "1", Origin: baseURL };
  const before = await storedCounts(db);
  const body = JSON.stringify({ versionId: "v", step: 1, answers: { notes: "x".repeat(PATIENT_LIMIT) } });
  expect((await request.post("/intake/draft", { headers, data: body })).status()).toBe(413);
  expect(await postChunked("/intake/draft", headers, body)).toBe(413);
  const nested = await request.post("/intake/draft", {
    headers,
    data: `{"versionId":"v","step":1,"answers":{"a":${deep(5000)}}}`,
  });
  expect(nested.status()).toBe(400);
  expect(await storedCounts(db)).toEqual(before);
});

test("the question-set import refuses a file over its 2 MB limit, or nested too deep, before reading it", async ({
  request,
  db,
}) => {
  const target = action("lib/actions/admin/question-sets.ts#importDraftAction");
  const path = urlFor(target.worker, {});
  const before = await storedCounts(db);
  const send = (file: string) =>
    request.post(path, {
      headers: { "Next-Action": target.id, Accept: "text/x-component" },
      multipart: {
        "1_questionSetId": "back-spasm-intake",
        "1_file": { name: "set.json", mimeType: "application/json", buffer: Buffer.from(file) },
        "0": '["$K1"]',
      },
      maxRedirects: 0,
    });
  const large = await send(`{"resourceType":"Questionnaire","text":"${"x".repeat(IMPORT_LIMIT)}"}`);
  expect(large.status()).toBe(413);
  const nested = await send(`{"resourceType":"Questionnaire","item":${deep(100)}}`);
  expect(nested.status()).toBe(400);
  expect(await storedCounts(db)).toEqual(before);
});
