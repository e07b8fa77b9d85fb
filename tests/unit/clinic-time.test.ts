import { describe, expect, it } from "vitest";
import {
  ageOn,
  formatClinicTime,
  formatElapsed,
  isoWithOffset,
  isTimeZone,
  localDate,
  localDayRange,
  startOfLocalDay,
  zoneAbbreviation,
} from "@/lib/domain/time/clinic-time";

const at = (iso: string) => new Date(iso);

describe("clinic time on the days the clocks change", () => {
  it("shows London in GMT before the spring change and BST after it (29 March 2026, 01:00 UTC)", () => {
    expect(formatClinicTime(at("2026-03-29T00:59:00Z"), "Europe/London")).toBe("29 Mar 2026, 00:59 GMT");
    expect(formatClinicTime(at("2026-03-29T01:00:00Z"), "Europe/London")).toBe("29 Mar 2026, 02:00 BST");
  });

  it("shows the repeated London hour in autumn once as BST and once as GMT (25 October 2026)", () => {
    expect(formatClinicTime(at("2026-10-25T00:30:00Z"), "Europe/London")).toBe("25 Oct 2026, 01:30 BST");
    expect(formatClinicTime(at("2026-10-25T01:30:00Z"), "Europe/London")).toBe("25 Oct 2026, 01:30 GMT");
  });

  it("shows New York in EST and EDT around 8 March and 1 November 2026", () => {
    expect(formatClinicTime(at("2026-03-08T06:59:00Z"), "America/New_York")).toBe("8 Mar 2026, 01:59 EST");
    expect(formatClinicTime(at("2026-03-08T07:00:00Z"), "America/New_York")).toBe("8 Mar 2026, 03:00 EDT");
    expect(formatClinicTime(at("2026-11-01T05:30:00Z"), "America/New_York")).toBe("1 Nov 2026, 01:30 EDT");
    expect(formatClinicTime(at("2026-11-01T06:30:00Z"), "America/New_York")).toBe("1 Nov 2026, 01:30 EST");
  });

  it("keeps UTC as UTC when the clinic has not set a zone", () => {
    expect(formatClinicTime(at("2026-12-01T21:30:00Z"), "UTC")).toBe("1 Dec 2026, 21:30 UTC");
  });

  it("names a zone without a common abbreviation by its offset", () => {
    expect(zoneAbbreviation(at("2026-12-01T00:00:00Z"), "Asia/Kolkata")).toBe("GMT+5:30");
  });

  it("exports the instant with the clinic's offset, which changes with the clocks", () => {
    expect(isoWithOffset(at("2026-03-29T00:30:00Z"), "Europe/London")).toBe("2026-03-29T00:30:00+00:00");
    expect(isoWithOffset(at("2026-03-29T01:30:00Z"), "Europe/London")).toBe("2026-03-29T02:30:00+01:00");
    expect(isoWithOffset(at("2026-11-01T06:30:00Z"), "America/New_York")).toBe("2026-11-01T01:30:00-05:00");
    expect(isoWithOffset(at("2026-12-01T12:00:00Z"), "Asia/Kolkata")).toBe("2026-12-01T17:30:00+05:30");
    expect(Date.parse(isoWithOffset(at("2026-11-01T05:30:00Z"), "America/New_York"))).toBe(
      Date.parse("2026-11-01T05:30:00Z"),
    );
  });
});

describe("local-date filters around midnight", () => {
  // A row 30 minutes after local midnight belongs to the new local day, though in UTC it is still the day before.
  const rows = [
    { ref: "before-midnight-ny", createdAt: at("2026-07-02T03:30:00Z") }, // 1 Jul 23:30 EDT
    { ref: "after-midnight-ny", createdAt: at("2026-07-02T04:30:00Z") }, // 2 Jul 00:30 EDT
    { ref: "late-2-jul-ny", createdAt: at("2026-07-03T03:59:00Z") }, // 2 Jul 23:59 EDT
    { ref: "early-3-jul-ny", createdAt: at("2026-07-03T04:00:00Z") }, // 3 Jul 00:00 EDT
  ];
  const select = (range: { from?: string; to?: string }, zone: string) => {
    const { gte, lt } = localDayRange(range, zone);
    return rows.filter((r) => (!gte || r.createdAt >= gte) && (!lt || r.createdAt < lt)).map((r) => r.ref);
  };

  it("selects exactly the rows of one local day in New York", () => {
    expect(select({ from: "2026-07-02", to: "2026-07-02" }, "America/New_York")).toEqual([
      "after-midnight-ny",
      "late-2-jul-ny",
    ]);
  });

  it("selects by the UTC calendar when the zone is UTC", () => {
    expect(select({ from: "2026-07-02", to: "2026-07-02" }, "UTC")).toEqual([
      "before-midnight-ny",
      "after-midnight-ny",
    ]);
  });

  it("starts a London day at 23:00 UTC the evening before in summer", () => {
    expect(startOfLocalDay("2026-07-02", "Europe/London").toISOString()).toBe("2026-07-01T23:00:00.000Z");
    expect(startOfLocalDay("2026-12-02", "Europe/London").toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });

  it("gives change days their true length (23 and 25 hours)", () => {
    const hours = (day: string, zone: string) => {
      const { gte, lt } = localDayRange({ from: day, to: day }, zone);
      return (lt!.getTime() - gte!.getTime()) / 3_600_000;
    };
    expect(hours("2026-03-29", "Europe/London")).toBe(23);
    expect(hours("2026-10-25", "Europe/London")).toBe(25);
    expect(hours("2026-03-08", "America/New_York")).toBe(23);
    expect(hours("2026-11-01", "America/New_York")).toBe(25);
  });

  it("reads an instant's local date on the clinic calendar", () => {
    expect(localDate(at("2026-07-02T03:30:00Z"), "America/New_York")).toBe("2026-07-01");
    expect(localDate(at("2026-07-01T23:30:00Z"), "Europe/London")).toBe("2026-07-02");
  });
});

describe("waiting time and age", () => {
  it("says how long a patient has waited in minutes, hours or days", () => {
    expect(formatElapsed(4 * 60_000 + 59_000)).toBe("4 min");
    expect(formatElapsed(125 * 60_000)).toBe("2 h 05 min");
    expect(formatElapsed((24 * 60 + 60) * 60_000)).toBe("1 day 1 h");
    expect(formatElapsed(-5000)).toBe("0 min");
  });

  it("counts whole years from the date of birth, the birthday itself included", () => {
    expect(ageOn("1970-12-01", "2026-12-01")).toBe(56);
    expect(ageOn("1970-12-02", "2026-12-01")).toBe(55);
    expect(ageOn("2030-01-01", "2026-12-01")).toBeUndefined();
    expect(ageOn("not a date", "2026-12-01")).toBeUndefined();
  });

  it("knows a real zone from a typo", () => {
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("Europe/Lodnon")).toBe(false);
  });
});
