import { describe, expect, it } from "vitest";
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
    const cursor = { level: "URGENT" as const, createdAt: "2026-11-25T10:00:00.000Z", id: "ck123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('["SEVERE","2026","x"]').toString("base64url"))).toBeNull();
  });
});
