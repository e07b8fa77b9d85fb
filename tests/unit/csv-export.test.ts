import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "../../lib/domain/export/csv";

describe("CSV exports of the queue", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const attack of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutraliseCell(attack)).toBe(`'${attack}`);
    }
    expect(neutraliseCell("Back pain after lifting")).toBe("Back pain after lifting");
    expect(neutraliseCell("")).toBe("");
  });

  it("quotes commas, quotes and line breaks so every row keeps its columns", () => {
    const csv = toCsv(["code", "note"], [["ABCD-2345", 'said "ouch", then\nsat down']]);
    expect(csv).toBe('code,note\r\nABCD-2345,"said ""ouch"", then\nsat down"\r\n');
  });

  it("writes empty cells for missing values", () => {
    expect(toCsv(["a", "b"], [[null, undefined]])).toBe("a,b\r\n,\r\n");
  });
});
