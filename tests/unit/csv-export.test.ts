import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "../../lib/domain/export/csv";

describe("CSV exports of the queue", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const attack of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "＝1+1", "＠SUM(A1)", " =1"]) {
      expect(neutraliseCell(attack)).toMatch(/^\s*'/);
    }
    expect(neutraliseCell("Back pain after lifting")).toBe("Back pain after lifting");
    expect(neutraliseCell("")).toBe("");
  });

  it.each([
    ["Bob;=1+1;", "Bob;'=1+1;"],
    ["Smith;=cmd|' /C calc'!A0;", "Smith;'=cmd|' /C calc'!A0;"],
    ["Bob\t=1+1", "Bob\t'=1+1"],
    ["\t=1", "\t'=1"],
    ["＝1+1", "'＝1+1"],
    ["Ann; +44 7700", "Ann; '+44 7700"],
    ["a|@SUM(A1)", "a|'@SUM(A1)"],
  ])("neutralises a formula after a separator that some spreadsheet splits on: %j", (attack, safe) => {
    expect(neutraliseCell(attack)).toBe(safe);
  });

  it("quotes every cell, so commas, quotes, semicolons and line breaks keep every row in its columns", () => {
    const csv = toCsv(["code", "note"], [["ABCD-2345", 'said "ouch", then\nsat down; ok']]);
    expect(csv).toBe('"code","note"\r\n"ABCD-2345","said ""ouch"", then\nsat down; ok"\r\n');
  });

  it("keeps numbers as numbers, negative ones included", () => {
    expect(toCsv(["score"], [[-3], [42]])).toBe('"score"\r\n"-3"\r\n"42"\r\n');
  });

  it("writes empty cells for missing values", () => {
    expect(toCsv(["a", "b"], [[null, undefined]])).toBe('"a","b"\r\n"",""\r\n');
  });
});
