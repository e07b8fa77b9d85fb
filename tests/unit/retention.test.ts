import { describe, expect, it } from "vitest";
import { isPastRetention, retentionCutoff } from "@/lib/domain/submission/retention";
import { normalizeReferenceCode } from "@/lib/domain/submission/reference-code";

describe("how long closed submissions are kept", () => {
  const now = new Date("2031-06-15T12:00:00.000Z");

  it("counts whole calendar years back from now", () => {
    expect(retentionCutoff(now, 7).toISOString()).toBe("2024-06-15T12:00:00.000Z");
    expect(retentionCutoff(now, 1).toISOString()).toBe("2030-06-15T12:00:00.000Z");
  });

  it("on 29 February the cut-off is 1 March, never a day early", () => {
    expect(retentionCutoff(new Date("2032-02-29T00:00:00.000Z"), 1).toISOString()).toBe("2031-03-01T00:00:00.000Z");
  });

  it("purges only closed submissions closed strictly before the cut-off", () => {
    const cutoff = retentionCutoff(now, 7);
    const closed = (at: Date | null, status = "CLOSED") => ({ status, closedAt: at });
    expect(isPastRetention(closed(new Date(cutoff.getTime() - 1)), now, 7)).toBe(true);
    expect(isPastRetention(closed(cutoff), now, 7)).toBe(false);
    expect(isPastRetention(closed(new Date(cutoff.getTime() + 1)), now, 7)).toBe(false);
    expect(isPastRetention(closed(null), now, 7)).toBe(false);
    expect(isPastRetention(closed(new Date("2001-01-01"), "CONTACTED"), now, 7)).toBe(false);
  });

  it("refuses a period that is not a whole number of years", () => {
    expect(() => retentionCutoff(now, 0)).toThrow(RangeError);
    expect(() => retentionCutoff(now, 1.5)).toThrow(RangeError);
  });
});

describe("a reference code as a patient reads it out", () => {
  it("is found however it is typed", () => {
    expect(normalizeReferenceCode("abcd-efgh")).toBe("ABCD-EFGH");
    expect(normalizeReferenceCode(" abcd efgh ")).toBe("ABCD-EFGH");
    expect(normalizeReferenceCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });

  it("is refused when it cannot be one (wrong length, letters the codes never use)", () => {
    expect(normalizeReferenceCode("ABCD-EFG")).toBeNull();
    expect(normalizeReferenceCode("ABCD-EFG0")).toBeNull();
    expect(normalizeReferenceCode("")).toBeNull();
  });
});
