import { describe, expect, it } from "vitest";
import { dashboardAddressProblems, parseQueueAddress, toSearchParams } from "../../lib/domain/queue/dashboard-address";
import { decodeCursor, encodeCursor, parseQueueFilters, queueHref } from "../../lib/domain/queue/queue-filters";

describe("triage queue filters in the URL", () => {
  it("accepts the clinic's filters and writes them back into a shareable URL", () => {
    const parsed = parseQueueFilters(new URLSearchParams("status=NEW&level=EMERGENT&assigned=me&cause=disc&q=ABCD"));
    expect(parsed).toEqual({
      ok: true,
      filters: { status: "NEW", level: "EMERGENT", assigned: "me", cause: "disc", q: "ABCD" },
    });
    if (parsed.ok)
      expect(queueHref(parsed.filters)).toBe("/dashboard?status=NEW&level=EMERGENT&assigned=me&cause=disc&q=ABCD");
  });

  it("refuses unknown parameters and unknown values instead of ignoring them", () => {
    expect(parseQueueFilters(new URLSearchParams("sort=name"))).toEqual({
      ok: false,
      errors: ["Unknown filter: sort"],
    });
    expect(parseQueueFilters(new URLSearchParams("status=DONE")).ok).toBe(false);
    expect(parseQueueFilters(new URLSearchParams("cause=gravity")).ok).toBe(false);
    expect(parseQueueFilters(new URLSearchParams("from=2026-13-01")).ok).toBe(false);
    expect(parseQueueFilters(new URLSearchParams("status=NEW&status=CLOSED")).ok).toBe(false);
  });

  it("refuses a date range that ends before it starts", () => {
    expect(parseQueueFilters(new URLSearchParams("from=2026-11-20&to=2026-11-01")).ok).toBe(false);
  });

  it("round-trips a page cursor and rejects a tampered one", () => {
    const cursor = { level: "URGENT" as const, acknowledged: true, createdAt: "2026-11-25T10:00:00.000Z", id: "ck123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('["SEVERE","2026","x"]').toString("base64url"))).toBeNull();
  });
});

describe("a dashboard address checked before the page renders", () => {
  const problems = (url: string) => {
    const { pathname, searchParams } = new URL(url, "http://clinic.test");
    return dashboardAddressProblems(pathname, searchParams);
  };

  it("lets the queue's own filters, a real page cursor and the guard's notice through", () => {
    const cursor = encodeCursor({
      level: "URGENT",
      acknowledged: false,
      createdAt: "2026-11-25T10:00:00.000Z",
      id: "ck123",
    });
    expect(problems("/dashboard")).toBeNull();
    expect(problems(`/dashboard?level=URGENT&status=NEW&cursor=${cursor}`)).toBeNull();
    expect(problems("/dashboard?denied=1")).toBeNull();
    expect(parseQueueAddress(new URLSearchParams("denied=1&level=URGENT"))).toEqual({
      ok: true,
      filters: { level: "URGENT" },
      notice: "denied",
    });
  });

  it("refuses what the queue page would refuse, including a cursor that does not decode", () => {
    expect(problems("/dashboard?status=BOGUS")).not.toBeNull();
    expect(problems("/dashboard?sort=name")).toEqual(["Unknown filter: sort"]);
    expect(problems("/dashboard?cursor=not-a-cursor")).toEqual(["cursor: this page link is damaged or out of date"]);
    expect(problems("/dashboard?denied=2")).toEqual(["Unknown filter: denied"]);
    expect(problems("/dashboard?denied=1&denied=1")).not.toBeNull();
  });

  it("allows the stats page only its period", () => {
    expect(problems("/dashboard/stats")).toBeNull();
    expect(problems("/dashboard/stats?days=90")).toBeNull();
    expect(problems("/dashboard/stats?days=14")).toEqual(["days: choose 7, 30 or 90"]);
    expect(problems("/dashboard/stats?days=7&days=30")).not.toBeNull();
    expect(problems("/dashboard/stats?sort=day")).toEqual(["Unknown parameter: sort"]);
  });

  it("leaves other pages to themselves", () => {
    expect(problems("/dashboard/submissions/abc?anything=1")).toBeNull();
    expect(problems("/admin?status=published")).toBeNull();
  });

  it("reads a page's search parameters record the way the URL had them", () => {
    expect(toSearchParams({ level: "URGENT", status: ["NEW", "CLOSED"], q: undefined }).toString()).toBe(
      "level=URGENT&status=NEW&status=CLOSED",
    );
  });
});
