import { describe, expect, it } from "vitest";
import { actionLabel, actorLabel, detailEntries } from "../../lib/domain/audit/audit-events";
import { auditHref, dayBounds, parseAuditFilters, withoutCursor } from "../../lib/domain/audit/audit-filters";

const parse = (query: string) => parseAuditFilters(new URLSearchParams(query));

describe("audit log filters in the URL", () => {
  it("accepts who, action, record and dates, and writes them back into a bookmarkable URL", () => {
    const parsed = parse(
      "actor=Ada@Clinic.test&action=staff.invited&type=User&record=cmabc123&from=2026-11-01&to=2026-11-25",
    );
    expect(parsed).toEqual({
      ok: true,
      filters: {
        actor: "ada@clinic.test",
        action: "staff.invited",
        type: "User",
        record: "cmabc123",
        from: "2026-11-01",
        to: "2026-11-25",
      },
    });
    if (parsed.ok) {
      expect(auditHref(parsed.filters)).toBe(
        "/admin/audit?actor=ada%40clinic.test&action=staff.invited&type=User&record=cmabc123&from=2026-11-01&to=2026-11-25",
      );
    }
  });

  it("treats empty fields from the form as not set", () => {
    expect(parse("actor=&action=&type=&record=&from=&to=")).toEqual({ ok: true, filters: {} });
    expect(auditHref({})).toBe("/admin/audit");
  });

  it("finds events nobody signed in caused with actor=none", () => {
    expect(parse("actor=none")).toEqual({ ok: true, filters: { actor: "none" } });
  });

  it("accepts a permission name as a record id, since refusals are recorded against one", () => {
    expect(parse("type=Permission&record=audit:read").ok).toBe(true);
  });

  it("refuses unknown parameters and unusable values instead of ignoring them", () => {
    expect(parse("sort=seq")).toEqual({ ok: false, errors: ["Unknown filter: sort"] });
    expect(parse("actor=not-an-email").ok).toBe(false);
    expect(parse("action=DROP TABLE").ok).toBe(false);
    expect(parse("type=<script>").ok).toBe(false);
    expect(parse("record=a b").ok).toBe(false);
    expect(parse("from=2026-13-01").ok).toBe(false);
    expect(parse("action=staff.invited&action=staff.deactivated")).toEqual({
      ok: false,
      errors: ['"action" may be given only once'],
    });
  });

  it("refuses a date range that ends before it starts", () => {
    expect(parse("from=2026-11-20&to=2026-11-01")).toEqual({
      ok: false,
      errors: ["from: the start date is after the end date"],
    });
  });

  it("takes page positions only as whole positive numbers, and never both directions at once", () => {
    expect(parse("before=120")).toEqual({ ok: true, filters: { before: "120" } });
    expect(parse("after=7")).toEqual({ ok: true, filters: { after: "7" } });
    for (const bad of ["before=0", "before=-1", "before=1e3", "after=abc", "before=1234567890123456789"]) {
      expect(parse(bad).ok, bad).toBe(false);
    }
    expect(parse("before=10&after=5").ok).toBe(false);
  });

  it("drops the page position when the filters change", () => {
    expect(withoutCursor({ action: "staff.invited", before: "9" })).toEqual({ action: "staff.invited" });
  });

  it("reads dates as whole UTC days, the end date included", () => {
    expect(dayBounds({ from: "2026-11-01", to: "2026-11-01" })).toEqual({
      gte: new Date("2026-11-01T00:00:00.000Z"),
      lt: new Date("2026-11-02T00:00:00.000Z"),
    });
    expect(dayBounds({})).toEqual({});
  });

  it("reads dates as the clinic's local days when it has a zone (New York, the day its clocks go forward)", () => {
    // 8 March 2026 in New York runs from 05:00 UTC (EST) to 04:00 UTC the next day (EDT): 23 hours.
    expect(dayBounds({ from: "2026-03-08", to: "2026-03-08" }, "America/New_York")).toEqual({
      gte: new Date("2026-03-08T05:00:00.000Z"),
      lt: new Date("2026-03-09T04:00:00.000Z"),
    });
  });
});

describe("audit events in plain words", () => {
  it("names known actions and makes unknown ones legible", () => {
    expect(actionLabel("staff.role-changed")).toBe("Staff role changed");
    expect(actionLabel("backup.restored")).toBe("Backup restored");
  });

  it("says who did it: the staff member, a signed-out visitor, or the system", () => {
    expect(actorLabel({ actorEmail: "ada@clinic.test", actorName: "Ada", action: "staff.invited" })).toBe(
      "Ada (ada@clinic.test)",
    );
    expect(actorLabel({ actorEmail: null, action: "submission.created" })).toBe("signed-out visitor");
    expect(actorLabel({ actorEmail: null, action: "auth.sign-in-failed", origin: "k1" })).toBe("signed-out visitor");
    expect(actorLabel({ actorEmail: null, action: "question-set.seeded" })).toBe("system");
  });

  it("shows details as text, nested values as JSON, markup left as characters", () => {
    expect(detailEntries({ reason: "<b>bad</b>", nested: { a: 1 }, count: 2 })).toEqual([
      { key: "count", value: "2" },
      { key: "nested", value: '{"a":1}' },
      { key: "reason", value: "<b>bad</b>" },
    ]);
    expect(detailEntries(null)).toEqual([]);
    expect(detailEntries("plain")).toEqual([{ key: "value", value: "plain" }]);
  });
});
