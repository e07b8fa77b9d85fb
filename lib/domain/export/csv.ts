/**
 * A spreadsheet runs a cell as a formula when it starts with =, +, -, @ (or their full-width forms, which some
 * apps normalise), and a spreadsheet set to split on ";" or tabs sees a new cell after each of those. So every
 * piece of a cell that starts, after any separator and spaces, with such a character gets an apostrophe in front:
 * patient free text must never become a formula on a clinician's machine, whatever separator the app assumes.
 */
const FORMULA_START = /(^|[;,\t|\r\n])(\s*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

export function neutraliseCell(value: string): string {
  return value.replace(FORMULA_START, "$1$2'");
}

/** Every cell quoted: a separator inside a cell can never start a new one, whatever the reader's locale. */
function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

const cellText = (c: string | number | null | undefined) =>
  c === null || c === undefined
    ? ""
    : typeof c === "number" && Number.isFinite(c)
      ? String(c)
      : neutraliseCell(String(c));

/** RFC 4180 CSV with CRLF line ends; every cell neutralised and quoted. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const line = (cells: readonly (string | number | null | undefined)[]) =>
    cells.map((c) => quote(cellText(c))).join(",");
  return [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}
