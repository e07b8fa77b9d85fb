// The audit log page's data: each filter narrows the events, keyset pages neither overlap nor skip, newest first —
// against PGlite and PostgreSQL.
import { afterEach, describe, expect, it, vi } from "vitest";
import { listAuditEvents } from "@/lib/db/audit/list-audit-events";
import { recordAuditEvent, type AuditEntry } from "@/lib/db/audit/record-audit-event";
import { verifyStoredAuditChain } from "@/lib/db/audit/verify-audit-chain";
import type { Actor } from "@/lib/db/types";
import { parseAuditFilters, type AuditFilters } from "@/lib/domain/audit/audit-filters";
import { DATABASE_KINDS, seedStaff, useTestDatabase } from "./helpers/test-database";

function filters(query: string): AuditFilters {
  const parsed = parseAuditFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.filters;
}

const ben: Actor = { id: "staff-ben", email: "ben@clinic.test", role: "CLINICIAN" };

describe.each(DATABASE_KINDS)("the audit log (%s)", (kind) => {
  const db = useTestDatabase(kind);

  afterEach(() => {
    vi.useRealTimers();
  });

  /** Records an event as if it happened at `at` (only the clock is faked; the database runs for real). */
  async function eventAt(at: string, entry: AuditEntry) {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(at));
    try {
      await recordAuditEvent(db(), entry);
    } finally {
      vi.useRealTimers();
    }
  }

  async function seedDays() {
    const { actor: ada } = await seedStaff("ADMIN", { name: "Ada Admin" });
    await eventAt("2026-11-01T10:00:00.000Z", {
      actor: ada,
      action: "staff.invited",
      entityType: "StaffInvitation",
      entityId: "inv-1",
      details: { role: "CLINICIAN" },
    });
    await eventAt("2026-11-01T23:59:59.999Z", {
      actor: ben,
      action: "submission.viewed",
      entityType: "Submission",
      entityId: "sub-1",
      origin: "client-key-1",
    });
    await eventAt("2026-11-02T00:00:00.000Z", {
      actor: null,
      action: "question-set.seeded",
      entityType: "QuestionSetVersion",
      entityId: "ver-1",
    });
    await eventAt("2026-11-02T09:30:00.000Z", {
      actor: null,
      action: "submission.created",
      entityType: "Submission",
      entityId: "sub-2",
    });
    await eventAt("2026-11-03T08:00:00.000Z", {
      actor: ada,
      action: "staff.role-changed",
      entityType: "User",
      entityId: ben.id,
      details: { from: "CLINICIAN", to: "ADMIN" },
    });
    return { ada };
  }

  const actions = async (query: string) => (await listAuditEvents(filters(query))).rows.map((r) => r.action);

  it("lists every event newest first, with who did it by their current name", async () => {
    await seedDays();
    const page = await listAuditEvents({});
    expect(page.rows.map((r) => r.action)).toEqual([
      "staff.role-changed",
      "submission.created",
      "question-set.seeded",
      "submission.viewed",
      "staff.invited",
    ]);
    const seqs = page.rows.map((r) => BigInt(r.seq));
    expect([...seqs].sort((a, b) => (a > b ? -1 : 1))).toEqual(seqs);
    expect(page.rows[0]).toMatchObject({
      actorEmail: expect.stringContaining("@clinic.test"),
      actorName: "Ada Admin",
      details: { from: "CLINICIAN", to: "ADMIN" },
    });
    // Ben's account does not exist here: the event keeps his email, with no name to show.
    expect(page.rows[3]).toMatchObject({ actorEmail: "ben@clinic.test", actorName: null, origin: "client-key-1" });
    expect(page).toMatchObject({ olderCursor: null, newerCursor: null });
  });

  it("narrows by who did it, including events nobody signed in caused", async () => {
    const { ada } = await seedDays();
    expect(await actions(`actor=${encodeURIComponent(ada.email)}`)).toEqual(["staff.role-changed", "staff.invited"]);
    expect(await actions("actor=BEN@clinic.test")).toEqual(["submission.viewed"]);
    expect(await actions("actor=none")).toEqual(["submission.created", "question-set.seeded"]);
    expect(await actions("actor=nobody@clinic.test")).toEqual([]);
  });

  it("narrows by action", async () => {
    await seedDays();
    expect(await actions("action=submission.created")).toEqual(["submission.created"]);
    expect(await actions("action=staff.deactivated")).toEqual([]);
  });

  it("narrows by record type, record id, or both", async () => {
    await seedDays();
    expect(await actions("type=Submission")).toEqual(["submission.created", "submission.viewed"]);
    expect(await actions("type=Submission&record=sub-1")).toEqual(["submission.viewed"]);
    expect(await actions(`record=${ben.id}`)).toEqual(["staff.role-changed"]);
    expect(await actions("type=User&record=sub-1")).toEqual([]);
  });

  it("narrows by date as whole UTC days, the end date included", async () => {
    await seedDays();
    expect(await actions("from=2026-11-01&to=2026-11-01")).toEqual(["submission.viewed", "staff.invited"]);
    expect(await actions("from=2026-11-02")).toEqual([
      "staff.role-changed",
      "submission.created",
      "question-set.seeded",
    ]);
    expect(await actions("to=2026-11-02")).toEqual([
      "submission.created",
      "question-set.seeded",
      "submission.viewed",
      "staff.invited",
    ]);
    expect(await actions("from=2026-11-04")).toEqual([]);
  });

  it("combines filters: every one must hold", async () => {
    const { ada } = await seedDays();
    expect(await actions(`actor=${encodeURIComponent(ada.email)}&from=2026-11-02`)).toEqual(["staff.role-changed"]);
    expect(await actions("actor=none&type=Submission")).toEqual(["submission.created"]);
  });

  it("walks older pages and back to newer ones: no event twice, none skipped, newest first", async () => {
    for (let i = 0; i < 23; i++) {
      await recordAuditEvent(db(), {
        actor: ben,
        // Other events in between, so the filtered walk has gaps in seq to step over.
        action: i % 3 === 0 ? "submission.exported" : "submission.viewed",
        entityType: "Submission",
        entityId: `sub-${i}`,
      });
    }
    for (const query of ["", "action=submission.viewed"]) {
      const expected = (
        await db().auditEvent.findMany({
          where: query ? { action: "submission.viewed" } : {},
          orderBy: { seq: "desc" },
          select: { seq: true },
        })
      ).map((e) => e.seq.toString());

      const pages: string[][] = [];
      let page = await listAuditEvents(filters(query), { pageSize: 5 });
      expect(page.newerCursor).toBeNull();
      pages.push(page.rows.map((r) => r.seq));
      while (page.olderCursor && pages.length < 10) {
        page = await listAuditEvents(filters(`${query}&before=${page.olderCursor}`), { pageSize: 5 });
        pages.push(page.rows.map((r) => r.seq));
      }
      expect(pages.flat(), query).toEqual(expected);
      expect(pages.length).toBe(Math.ceil(expected.length / 5));

      // Back again with "Newer": the same pages, from the oldest to the newest.
      const back: string[][] = [pages.at(-1)!];
      while (page.newerCursor && back.length < 10) {
        page = await listAuditEvents(filters(`${query}&after=${page.newerCursor}`), { pageSize: 5 });
        back.unshift(page.rows.map((r) => r.seq));
      }
      expect(page.newerCursor).toBeNull();
      // Walking back fills whole pages from the older end, so only the set and the order are compared.
      expect(back.flat(), query).toEqual(expected);
    }
  });

  it("records who viewed the log, after reading it, and keeps the chain whole", async () => {
    const { ada } = await seedDays();
    const page = await listAuditEvents(filters("action=staff.invited"), {
      viewer: { actor: ada, origin: "client-key-2" },
    });
    expect(page.rows.map((r) => r.action)).toEqual(["staff.invited"]);
    const viewed = await db().auditEvent.findMany({ where: { action: "audit.viewed" } });
    expect(viewed).toEqual([
      expect.objectContaining({
        actorId: ada.id,
        entityType: "AuditEvent",
        origin: "client-key-2",
        details: { action: "staff.invited" },
      }),
    ]);
    expect((await verifyStoredAuditChain(db())).breaks).toEqual([]);
  });
});
