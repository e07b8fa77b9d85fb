import { describe, expect, it } from "vitest";
import { formatWait, isOverdueEmergent, queueTitle, searchTerms, statusScope } from "@/lib/domain/queue/queue-search";
import { staleMessage } from "@/lib/domain/submission/stale-message";

describe("searchTerms", () => {
  it.each([
    ["ABCD-EFGH", "ABCD-EFGH"],
    ["abcd-efgh", "ABCD-EFGH"],
    ["abcdefgh", "ABCD-EFGH"],
    [" 2345-6789 ", "2345-6789"],
  ])("reads %j as reference code %s", (q, code) => {
    expect(searchTerms(q).referenceCode).toBe(code);
  });

  it("does not read text with letters outside the code alphabet as a code", () => {
    // O, I, L and U are not in the alphabet; a name like "Olivia" is only a name.
    expect(searchTerms("olivia").referenceCode).toBeNull();
    expect(searchTerms("ABCD-EFG").referenceCode).toBeNull();
  });

  it("keeps a code-shaped word as a name prefix too (Margaret is eight letters)", () => {
    expect(searchTerms("Margaret")).toEqual({ referenceCode: "MARG-ARET", namePrefixPattern: "margaret%" });
  });

  it("escapes LIKE wildcards so they match themselves", () => {
    expect(searchTerms("100%").namePrefixPattern).toBe("100\\%%");
    expect(searchTerms("a_b").namePrefixPattern).toBe("a\\_b%");
    expect(searchTerms("back\\slash").namePrefixPattern).toBe("back\\\\slash%");
  });
});

describe("statusScope", () => {
  it("is the open statuses by default, the chosen one when filtered, and all of them for a search", () => {
    expect(statusScope({})).toEqual(["NEW", "IN_REVIEW", "CONTACTED"]);
    expect(statusScope({ status: "CLOSED" })).toEqual(["CLOSED"]);
    expect(statusScope({ q: "smith" })).toBe("all");
    expect(statusScope({ q: "smith", status: "NEW" })).toEqual(["NEW"]);
  });
});

describe("isOverdueEmergent", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const row = {
    triageLevel: "EMERGENT",
    acknowledgedAt: null,
    status: "NEW",
    createdAt: new Date("2026-01-01T11:45:00Z"),
  };

  it("is overdue from the configured minute on, while nobody has acknowledged it", () => {
    expect(isOverdueEmergent(row, now, 15)).toBe(true);
    expect(isOverdueEmergent(row, now, 16)).toBe(false);
  });

  it("is never overdue once acknowledged, closed, or below EMERGENT", () => {
    expect(isOverdueEmergent({ ...row, acknowledgedAt: now }, now, 15)).toBe(false);
    expect(isOverdueEmergent({ ...row, status: "CLOSED" }, now, 15)).toBe(false);
    expect(isOverdueEmergent({ ...row, triageLevel: "URGENT" }, now, 15)).toBe(false);
  });
});

describe("words for the queue", () => {
  it("says how long a submission has waited", () => {
    expect(formatWait(23 * 60_000)).toBe("23 min");
    expect(formatWait(185 * 60_000)).toBe("3 h 5 min");
    expect(formatWait(52 * 3_600_000)).toBe("2 d 4 h");
  });

  it("counts overdue EMERGENT submissions in the title", () => {
    expect(queueTitle(0)).toBe("Triage queue");
    expect(queueTitle(3)).toBe("(3) overdue EMERGENT · Triage queue");
  });

  it("names who changed a submission and when in a stale-save message", () => {
    expect(staleMessage({ byName: "Fern First", at: new Date("2026-01-01T09:05:00Z") })).toBe(
      "Not saved: Fern First changed this submission at 1 Jan 2026, 09:05 UTC. Nothing was overwritten. The page now shows the latest version: check it, then try again.",
    );
    // In the clinic's zone: 09:05 UTC on 1 July is 10:05 in London's summer time, 05:05 in New York's.
    expect(staleMessage({ byName: "Fern First", at: new Date("2026-07-01T09:05:00Z") }, "Europe/London")).toMatch(
      /changed this submission at 1 Jul 2026, 10:05 BST\./,
    );
    expect(staleMessage({ byName: "Fern First", at: new Date("2026-07-01T09:05:00Z") }, "America/New_York")).toMatch(
      /changed this submission at 1 Jul 2026, 05:05 EDT\./,
    );
    expect(staleMessage(null)).toMatch(/^Not saved: This submission was changed after you opened it\./);
  });
});
