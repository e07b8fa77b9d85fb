import { describe, expect, it } from "vitest";
import {
  countsByBucket,
  dayStarts,
  fillDays,
  formatDuration,
  parseStatsPeriod,
  percent,
  periodDays,
} from "@/lib/domain/stats/dashboard-stats";
import { BODY_OUTLINE, REGION_BOXES } from "@/lib/domain/pain-map/geometry";
import { PAIN_REGION_IDS } from "@/lib/domain/pain-map/regions";

describe("stats helpers", () => {
  it("accepts only the listed periods, 30 days by default", () => {
    expect(parseStatsPeriod(undefined)).toBe(30);
    expect(parseStatsPeriod("7")).toBe(7);
    expect(parseStatsPeriod("90")).toBe(90);
    expect(parseStatsPeriod("5")).toBeNull();
    expect(parseStatsPeriod(["7", "30"])).toBeNull();
    expect(parseStatsPeriod("7; DROP TABLE")).toBeNull();
  });

  it("lists the UTC days of a period ending today and fills quiet days with zero", () => {
    const days = periodDays(new Date("2026-03-02T23:59:00Z"), 3);
    expect(days).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(fillDays(days, [{ day: "2026-03-01", count: 4 }])).toEqual([
      { day: "2026-02-28", count: 0 },
      { day: "2026-03-01", count: 4 },
      { day: "2026-03-02", count: 0 },
    ]);
  });

  it("ends the period on the clinic's today, not the UTC one", () => {
    // 23:30 on 2 March in New York is already 3 March in UTC; 00:30 on 3 March in Tokyo is still 2 March in UTC.
    expect(periodDays(new Date("2026-03-03T04:30:00Z"), 2, "America/New_York")).toEqual(["2026-03-01", "2026-03-02"]);
    expect(periodDays(new Date("2026-03-02T15:30:00Z"), 2, "Asia/Tokyo")).toEqual(["2026-03-02", "2026-03-03"]);
  });

  it("starts each local day at its own midnight, so the spring change day has 23 hours (Europe/London)", () => {
    const starts = dayStarts(["2026-03-28", "2026-03-29", "2026-03-30"], "Europe/London");
    expect(starts.map((d) => d.toISOString())).toEqual([
      "2026-03-28T00:00:00.000Z",
      "2026-03-29T00:00:00.000Z",
      "2026-03-29T23:00:00.000Z",
      "2026-03-30T23:00:00.000Z",
    ]);
    const hours = starts.slice(1).map((d, i) => (d.getTime() - starts[i]!.getTime()) / 3_600_000);
    expect(hours).toEqual([24, 23, 24]);
  });

  it("gives the autumn change day 25 hours (Europe/London, 25 October 2026)", () => {
    const starts = dayStarts(["2026-10-25"], "Europe/London");
    expect(starts.map((d) => d.toISOString())).toEqual(["2026-10-24T23:00:00.000Z", "2026-10-26T00:00:00.000Z"]);
  });

  it("follows New York's changes on 8 March (23 h) and 1 November 2026 (25 h)", () => {
    const spring = dayStarts(["2026-03-08"], "America/New_York");
    expect(spring.map((d) => d.toISOString())).toEqual(["2026-03-08T05:00:00.000Z", "2026-03-09T04:00:00.000Z"]);
    const autumn = dayStarts(["2026-11-01"], "America/New_York");
    expect(autumn.map((d) => d.toISOString())).toEqual(["2026-11-01T04:00:00.000Z", "2026-11-02T05:00:00.000Z"]);
  });

  it("puts the database's day buckets back on their days and ignores rows outside the period", () => {
    const days = ["2026-03-07", "2026-03-08"];
    expect(
      countsByBucket(days, [
        { bucket: 0, count: 9 },
        { bucket: 1, count: 1 },
        { bucket: 2, count: 2 },
        { bucket: 3, count: 9 },
      ]),
    ).toEqual([
      { day: "2026-03-07", count: 1 },
      { day: "2026-03-08", count: 2 },
    ]);
  });

  it("writes durations and shares for people", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(20)).toBe("20 s");
    expect(formatDuration(7 * 60)).toBe("7 min");
    expect(formatDuration(80 * 60)).toBe("1 h 20 min");
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});

describe("pain map geometry", () => {
  it("has a box for every region, inside the 200 × 452 canvas", () => {
    for (const id of PAIN_REGION_IDS) {
      const box = REGION_BOXES[id];
      expect(box.x + box.w).toBeLessThanOrEqual(200);
      expect(box.y + box.h).toBeLessThanOrEqual(452);
    }
    // Two mirrored halves of 28 points.
    expect(BODY_OUTLINE.split(" ")).toHaveLength(56);
  });
});
