// The role matrix: {signed out, clinician, admin, deactivated} × every staff route and every server action in the
// production build, called over HTTP. Where the caller may not, nothing is returned and nothing changes.
import crypto from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { can } from "../../lib/auth/permissions";
import defaultSet from "../../prisma/default-question-set.json";
import { submitIntakeViaApi, uniqueName } from "./dashboard";
import { expect, signIn, test, type StaffAccount } from "./fixtures";
import {
  builtActions,
  builtRoutes,
  callAction,
  changedTables,
  isRefusal,
  isRejectedInput,
  snapshot,
  urlFor,
  type BuiltAction,
} from "./role-matrix-http";
import { ACTIONS, ROUTES, isStaffRoute, type MatrixContext, type Need } from "./role-matrix-table";

test("every server action in the build has a row in the role matrix", () => {
  const unlisted = builtActions()
    .map((a) => a.key)
    .filter((key) => !(key in ACTIONS));
  expect(
    unlisted,
    `Server actions with no row in tests/e2e/role-matrix-table.ts (say what each needs and how to call it): ${unlisted.join(", ")}`,
  ).toEqual([]);
  // And no row for an action the build no longer has: a removed endpoint takes its row with it.
  const built = new Set(builtActions().map((a) => a.key));
  const gone = Object.keys(ACTIONS).filter((key) => !built.has(key));
  expect(gone, `Rows in tests/e2e/role-matrix-table.ts for actions not in the build: ${gone.join(", ")}`).toEqual([]);
});

test("every staff page and dashboard route in the build has a row in the role matrix", () => {
  const built = builtRoutes().filter(isStaffRoute);
  const unlisted = built.filter((route) => !(route in ROUTES));
  expect(unlisted, `Staff routes with no row in tests/e2e/role-matrix-table.ts: ${unlisted.join(", ")}`).toEqual([]);
  // The table may run ahead of a build (a row for a route another change adds), never the other way round.
  expect(built.length).toBeGreaterThan(5);
});

type Actor = { name: string; request: APIRequestContext; role: StaffAccount["role"] | null };

const allowed = (actor: Actor, needs: Need) =>
  needs === "public" || (actor.role !== null && (needs === "signed-in" || can(actor.role, needs)));

test("each caller reaches only what their role allows; refused calls return no patient data and change nothing", async ({
  playwright,
  baseURL,
  request,
  db,
  createStaff,
}) => {
  test.setTimeout(240_000);
  // ── The records the matrix aims at ──
  const patientName = uniqueName("Mattie Matrix");
  const submission = await submitIntakeViaApi(request, db, { full_name: patientName });
  const erasable = await submitIntakeViaApi(request, db, { full_name: uniqueName("Erin Erasable") });
  const setId = `matrix-set-${crypto.randomBytes(6).toString("hex")}`;
  const publishedVersionId = `${setId}-v1`;
  const draftVersionId = `${setId}-v2`;
  const definition = { ...defaultSet, key: setId };
  await db.query(`INSERT INTO "QuestionSet" (id, key, title, "updatedAt") VALUES ($1, $1, 'Role matrix set', now())`, [
    setId,
  ]);
  await db.query(
    `INSERT INTO "QuestionSetVersion" (id, "questionSetId", version, status, definition, "publishedAt", "updatedAt")
     VALUES ($1, $3, 1, 'PUBLISHED', $4, now(), now()), ($2, $3, 2, 'DRAFT', $4, NULL, now())`,
    [publishedVersionId, draftVersionId, setId, JSON.stringify(definition)],
  );
  const patientVersion = await db.query<{ id: string }>(
    `SELECT v.id FROM "QuestionSetVersion" v JOIN "QuestionSet" s ON s.id = v."questionSetId"
     WHERE s.key = 'back-spasm-intake' AND v.status = 'PUBLISHED'`,
  );
  const target = await createStaff("CLINICIAN", { totp: true });
  const channelRecipient = `matrix-${crypto.randomBytes(6).toString("hex")}@clinic.test`;
  const alertChannelId = `matrix-channel-${crypto.randomBytes(6).toString("hex")}`;
  await db.query(
    `INSERT INTO "AlertChannel" (id, name, kind, recipients, levels, escalation, enabled, "updatedAt")
     VALUES ($1, 'Matrix channel', 'EMAIL', $2, ARRAY['URGENT']::"TriageLevel"[], false, false, now())`,
    [alertChannelId, [channelRecipient]],
  );
  const invitationIds = Array.from({ length: 8 }, () => `matrix-invitation-${crypto.randomBytes(6).toString("hex")}`);
  for (const id of invitationIds)
    await db.query(
      `INSERT INTO "StaffInvitation" (id, "tokenHash", kind, email, role, "expiresAt")
       VALUES ($1, $1, 'INVITE', $2, 'CLINICIAN', now() + interval '1 day')`,
      [id, `${id}@clinic.test`],
    );
  let invitationCalls = 0;
  const settingsBefore = await db.query(`SELECT * FROM "AlertSettings" WHERE id = 'default'`);
  const channelsBefore = (await db.query<{ id: string }>(`SELECT id FROM "AlertChannel"`)).rows.map((r) => r.id);

  const ctx: MatrixContext = {
    submissionId: submission.id,
    rowVersion: async () =>
      (await db.query<{ v: number }>(`SELECT "rowVersion" AS v FROM "Submission" WHERE id = $1`, [submission.id]))
        .rows[0]!.v,
    questionSetId: setId,
    publishedVersionId,
    draftVersionId,
    draftRowVersion: async () =>
      (
        await db.query<{ v: number }>(`SELECT "rowVersion" AS v FROM "QuestionSetVersion" WHERE id = $1`, [
          draftVersionId,
        ])
      ).rows[0]!.v,
    definition,
    patientVersionId: patientVersion.rows[0]!.id,
    targetUserId: target.id,
    alertChannelId,
    escalationMinutes: (settingsBefore.rows[0]?.escalationMinutes as number | undefined) ?? 10,
    nextInvitationId: () => invitationIds[Math.min(invitationCalls++, invitationIds.length - 1)]!,
    erasable: { id: erasable.id, referenceCode: erasable.referenceCode },
  };
  const params = { "submissions/[id]": submission.id, "versions/[id]": draftVersionId, "erasure/[id]": submission.id };
  // What must never come back to a refused caller: the patient, and staff details only admins see.
  const secrets = [patientName, submission.referenceCode, target.email, channelRecipient];
  const leaked = (body: string) => secrets.filter((secret) => body.includes(secret));

  // ── The callers: each signs in once and keeps its cookie ──
  const context = (extraHTTPHeaders?: Record<string, string>) =>
    playwright.request.newContext({ baseURL, extraHTTPHeaders });
  const clinician = await context();
  await signIn(clinician, await createStaff("CLINICIAN"));
  const admin = await context();
  await signIn(admin, await createStaff("ADMIN"));
  const deactivated = await context();
  const deactivatedAdmin = await createStaff("ADMIN");
  await signIn(deactivated, deactivatedAdmin);
  await db.query(`UPDATE "User" SET active = false WHERE id = $1`, [deactivatedAdmin.id]);
  const actors: Actor[] = [
    { name: "signed out", request: await context(), role: null },
    // Past the proxy (it only looks for a cookie's presence) to the action's and page's own checks.
    {
      name: "signed out with a forged session cookie",
      request: await context({ Cookie: "next-auth.session-token=forged" }),
      role: null,
    },
    { name: "deactivated admin replaying their cookie", request: deactivated, role: null },
    { name: "clinician", request: clinician, role: "CLINICIAN" },
    { name: "admin", request: admin, role: "ADMIN" },
  ];

  try {
    const routes = builtRoutes().filter((route) => isStaffRoute(route) && route in ROUTES);
    const actions = builtActions().filter((action) => action.key in ACTIONS);
    expect(actions.length).toBeGreaterThan(10);

    for (const actor of actors) {
      await test.step(`${actor.name}: every staff route`, async () => {
        for (const route of routes) {
          const row = ROUTES[route]!;
          const label = `${actor.name} GET ${urlFor(route, params)}`;
          const before = await snapshot(db);
          const response = await actor.request.get(urlFor(route, params), { maxRedirects: 0 });
          const body = await response.text();
          if (allowed(actor, row.needs)) {
            expect.soft(response.status(), `${label} should be served`).toBe(200);
            if (row.shows === "patient")
              expect
                .soft(
                  body.includes(patientName) || body.includes(submission.referenceCode),
                  `${label} shows the patient`,
                )
                .toBe(true);
          } else {
            expect.soft(response.status(), `${label} should be refused`).not.toBe(200);
            expect.soft(leaked(body), `${label} returned data`).toEqual([]);
            expect.soft(changedTables(before, await snapshot(db)), `${label} changed data`).toEqual([]);
          }
        }
      });

      await test.step(`${actor.name}: every server action`, async () => {
        for (const action of actions) await checkAction(actor, action);
      });
    }
  } finally {
    await cleanUp();
    for (const actor of actors) await actor.request.dispose();
  }

  async function checkAction(actor: Actor, action: BuiltAction) {
    const row = ACTIONS[action.key]!;
    const label = `${actor.name} → ${action.key}`;
    const before = await snapshot(db);
    const { response, body } = await callAction(actor.request, action, await row.args(ctx), params);
    // An id the server does not know would make every check below pass without running anything.
    expect
      .soft(response.headers()["x-nextjs-action-not-found"], `${label}: the server did not know the action`)
      .toBeUndefined();
    expect.soft(response.status(), `${label} failed: ${body.slice(0, 300)}`).toBeLessThan(500);
    const changed = changedTables(before, await snapshot(db));
    if (allowed(actor, row.needs))
      expect
        .soft(isRejectedInput(body, response), `${label}: the table's arguments were refused as malformed`)
        .toBe(false);
    if (row.needs === "public") {
      // Open to anyone, so it may store a patient's answers; never staff data, never anything staff-side.
      expect.soft(leaked(body), `${label} returned staff data`).toEqual([]);
      expect
        .soft(
          changed.filter((t) => t !== "Submission"),
          `${label} changed staff data`,
        )
        .toEqual([]);
    } else if (allowed(actor, row.needs)) {
      expect.soft(isRefusal(response, body), `${label} should be allowed: ${body.slice(0, 300)}`).toBe(false);
    } else {
      expect.soft(isRefusal(response, body), `${label} should be refused: ${body.slice(0, 300)}`).toBe(true);
      expect.soft(leaked(body), `${label} returned data`).toEqual([]);
      expect.soft(changed, `${label} changed data`).toEqual([]);
    }
  }

  /** Alerts are shared by every spec: put the settings back and drop the channels the matrix made. */
  async function cleanUp() {
    const made = (
      await db.query<{ id: string }>(`SELECT id FROM "AlertChannel" WHERE NOT (id = ANY($1))`, [channelsBefore])
    ).rows
      .map((r) => r.id)
      .concat(alertChannelId);
    await db.query(`DELETE FROM "AlertDelivery" WHERE "channelId" = ANY($1)`, [made]);
    await db.query(`DELETE FROM "AlertChannel" WHERE id = ANY($1)`, [made]);
    await db.query(`DELETE FROM "StaffInvitation" WHERE id = ANY($1)`, [invitationIds]);
    const old = settingsBefore.rows[0] as Record<string, unknown> | undefined;
    if (!old) await db.query(`DELETE FROM "AlertSettings" WHERE id = 'default'`);
    else
      await db.query(
        `UPDATE "AlertSettings" SET "smtpHost" = $1, "smtpPort" = $2, "smtpSecure" = $3, "smtpUser" = $4,
         "fromAddress" = $5, "escalationMinutes" = $6 WHERE id = 'default'`,
        [old.smtpHost, old.smtpPort, old.smtpSecure, old.smtpUser, old.fromAddress, old.escalationMinutes],
      );
  }
});
