/**
 * CSV cells that a spreadsheet would run as formulas (=, +, -, @, and tab/CR which some apps also honour) are
 * prefixed with an apostrophe: patient free text must never become a formula on a clinician's machine.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 CSV with CRLF line ends; every cell neutralised and quoted as needed. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const line = (cells: readonly (string | number | null | undefined)[]) =>
    cells.map((c) => quote(neutraliseCell(c === null || c === undefined ? "" : String(c)))).join(",");
  return [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}
