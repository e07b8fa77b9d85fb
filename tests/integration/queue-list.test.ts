// The triage queue's filters, search, keyset pagination and counts — against PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { countQueue } from "@/lib/db/submissions/count-queue";
import { listQueue } from "@/lib/db/submissions/list-queue";
import { parseQueueFilters, type QueueFilters } from "@/lib/domain/queue/queue-filters";
import { DATABASE_KINDS, seedStaff, useTestDatabase } from "./helpers/test-database";
import { EMERGENT_ANSWERS, URGENT_ANSWERS, publishedVersionId, seedSubmission } from "./helpers/queue";

const base = Date.UTC(2026, 0, 15, 9, 0, 0);
const minutes = (n: number) => new Date(base + n * 60_000);

function filters(query: string): QueueFilters {
  const parsed = parseQueueFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.filters;
}

describe.each(DATABASE_KINDS)("the triage queue (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("walks every page with the keyset cursor: queue order, no duplicates, no gaps", async () => {
    const versionId = await publishedVersionId();
    const levels = [EMERGENT_ANSWERS, URGENT_ANSWERS, {}];
    for (let i = 0; i < 23; i++) {
      // Several arrivals share a timestamp, so the id has to break ties for the cursor to be exact.
      await seedSubmission(db(), versionId, { answers: levels[i % 3], arrived: minutes(Math.floor(i / 4)) });
    }
    const expected = await db().submission.findMany({
      orderBy: [{ triageLevel: "asc" }, { acknowledged: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listQueue({ cursor }, "viewer", { pageSize: 5 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it("puts unacknowledged EMERGENT submissions first, oldest first, and acknowledged ones after, across pages", async () => {
    const versionId = await publishedVersionId();
    const oldAcked = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: minutes(0) });
    const contacted = await seedSubmission(db(), versionId, {
      answers: EMERGENT_ANSWERS,
      arrived: minutes(1),
      status: "CONTACTED",
    });
    const waitingLong = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: minutes(2) });
    const waitingShort = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: minutes(3) });
    const urgent = await seedSubmission(db(), versionId, { answers: URGENT_ANSWERS, arrived: minutes(0) });
    for (const s of [oldAcked, contacted]) {
      await db().submission.update({ where: { id: s.id }, data: { acknowledgedAt: minutes(5) } });
    }
    const expected = [waitingLong.id, waitingShort.id, oldAcked.id, contacted.id, urgent.id];
    expect((await listQueue({}, "v")).rows.map((r) => r.id)).toEqual(expected);
    // The same order page by page (the cursor carries the acknowledgement), here with two rows a page.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listQueue({ cursor }, "v", { pageSize: 2 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it("reads date filters as the clinic's local days, around midnight", async () => {
    const versionId = await publishedVersionId();
    // 23:30 and 00:30 in New York on 1 and 2 July 2026 (EDT, UTC-4).
    const lateFirst = await seedSubmission(db(), versionId, { arrived: new Date("2026-07-02T03:30:00Z") });
    const earlySecond = await seedSubmission(db(), versionId, { arrived: new Date("2026-07-02T04:30:00Z") });
    const ids = async (query: string, timeZone: string) =>
      (await listQueue(filters(query), "v", { timeZone })).rows.map((r) => r.id);
    expect(await ids("from=2026-07-02&to=2026-07-02", "America/New_York")).toEqual([earlySecond.id]);
    expect(await ids("to=2026-07-01", "America/New_York")).toEqual([lateFirst.id]);
    expect(await ids("from=2026-07-02&to=2026-07-02", "UTC")).toEqual([lateFirst.id, earlySecond.id]);
  });

  it("shows open submissions by default, and closed ones when asked for or searched for", async () => {
    const versionId = await publishedVersionId();
    const open = await seedSubmission(db(), versionId, { name: "Olive Open" });
    const closed = await seedSubmission(db(), versionId, { name: "Clara Closed", status: "CLOSED" });
    expect((await listQueue({}, "v")).rows.map((r) => r.id)).toEqual([open.id]);
    expect((await listQueue(filters("status=CLOSED"), "v")).rows.map((r) => r.id)).toEqual([closed.id]);
    expect((await listQueue(filters("q=clara"), "v")).rows.map((r) => r.id)).toEqual([closed.id]);
  });

  it("filters by status, level, dates, assignee, cause and red flag", async () => {
    const versionId = await publishedVersionId();
    const { actor: me } = await seedStaff("CLINICIAN");
    const { actor: colleague } = await seedStaff("CLINICIAN");
    const emergentMine = await seedSubmission(db(), versionId, {
      answers: EMERGENT_ANSWERS,
      arrived: minutes(0),
      assigneeId: me.id,
    });
    const urgentTheirs = await seedSubmission(db(), versionId, {
      answers: URGENT_ANSWERS,
      arrived: new Date(base + 86_400_000 * 2),
      assigneeId: colleague.id,
      status: "IN_REVIEW",
    });
    const routineNobody = await seedSubmission(db(), versionId, { arrived: new Date(base + 86_400_000 * 5) });
    const ids = async (query: string) => (await listQueue(filters(query), me.id)).rows.map((r) => r.id);

    expect(await ids("status=IN_REVIEW")).toEqual([urgentTheirs.id]);
    expect(await ids("level=EMERGENT")).toEqual([emergentMine.id]);
    expect(await ids("assigned=me")).toEqual([emergentMine.id]);
    expect(await ids("assigned=unassigned")).toEqual([routineNobody.id]);
    expect(await ids("from=2026-01-17&to=2026-01-17")).toEqual([urgentTheirs.id]);
    expect(await ids("from=2026-01-16")).toEqual([urgentTheirs.id, routineNobody.id]);
    expect(await ids("to=2026-01-15")).toEqual([emergentMine.id]);

    const emergentRow = await db().submission.findUniqueOrThrow({ where: { id: emergentMine.id } });
    const flag = emergentRow.flagIds[0]!;
    expect(await ids(`flag=${flag}`)).toEqual([emergentMine.id]);
    // The default answers point every seeded submission at the same causes; give each its own, so a filter that
    // did nothing (or matched any cause) would show in the result.
    const causes = { [emergentMine.id]: ["posture", "sleep"], [urgentTheirs.id]: ["sleep"], [routineNobody.id]: [] };
    for (const [id, causeIds] of Object.entries(causes))
      await db().submission.update({ where: { id }, data: { causeIds } });
    expect(await ids("cause=posture")).toEqual([emergentMine.id]);
    expect(await ids("cause=sleep")).toEqual([emergentMine.id, urgentTheirs.id]);
    expect(await ids("cause=footwear")).toEqual([]);
    expect(await ids("flag=no-such-rule")).toEqual([]);
  });

  it("finds a submission by reference code in any case, with or without the hyphen, and by name prefix", async () => {
    const versionId = await publishedVersionId();
    const target = await seedSubmission(db(), versionId, { name: "Margaret O'Brien" });
    await seedSubmission(db(), versionId, { name: "Mark Other" });
    await seedSubmission(db(), versionId, { name: "100% Percent" });
    const ids = async (q: string) => (await listQueue({ q }, "v")).rows.map((r) => r.id);

    expect(await ids(target.referenceCode)).toEqual([target.id]);
    expect(await ids(target.referenceCode.toLowerCase().replace("-", ""))).toEqual([target.id]);
    expect(await ids("margaret")).toEqual([target.id]);
    expect(await ids("MARG")).toEqual([target.id]);
    expect(await ids("mar")).toHaveLength(2);
    // LIKE wildcards are literal characters in a search.
    expect(await ids("%")).toEqual([]);
    expect(await ids("_")).toEqual([]);
  });

  it("refuses a tampered cursor instead of guessing a position", async () => {
    const page = await listQueue({ cursor: "bm90LWEtY3Vyc29y" }, "v");
    expect(page).toEqual({ rows: [], nextCursor: null, invalidCursor: true });
  });

  it("counts open submissions per level and status and the overdue unacknowledged EMERGENT ones", async () => {
    const versionId = await publishedVersionId();
    const now = minutes(60);
    await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: minutes(0) });
    await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: minutes(50) });
    const acked = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: minutes(1) });
    await db().submission.update({ where: { id: acked.id }, data: { acknowledgedAt: minutes(2) } });
    await seedSubmission(db(), versionId, { answers: URGENT_ANSWERS, status: "IN_REVIEW", arrived: minutes(3) });
    await seedSubmission(db(), versionId, { status: "CLOSED", arrived: minutes(4) });

    const counts = await countQueue(now, 15);
    expect(counts.byLevel).toEqual({ EMERGENT: 3, URGENT: 1, ROUTINE: 0 });
    expect(counts.byStatus).toEqual({ NEW: 3, IN_REVIEW: 1, CONTACTED: 0 });
    expect(counts.overdueEmergent).toBe(1);
    expect(counts.newestCreatedAt?.toISOString()).toBe(minutes(50).toISOString());
  });
});
