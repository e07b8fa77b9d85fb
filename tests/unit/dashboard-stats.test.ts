import { describe, expect, it } from "vitest";
import { fillDays, formatDuration, parseStatsPeriod, percent, periodDays } from "@/lib/domain/stats/dashboard-stats";
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
