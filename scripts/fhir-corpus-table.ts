/**
 * Prints the FHIR corpus table (tests/fixtures/fhir): per Questionnaire, items read, imported as
 * questions / as computed scores / left out and reported, a valid draft, what publishing still needs, fillable, round-trip differences.
 * Run: npx tsx scripts/fhir-corpus-table.ts
 */
import { corpusFiles, corpusRow } from "../tests/unit/fixtures/fhir-corpus";

const rows = corpusFiles().map(corpusRow);
const yes = (b: boolean) => (b ? "yes" : "no");
// Publishing also needs the questions a submission is filed under (roles.ts); no corpus file marks them.
const toPublish = (r: (typeof rows)[number]) =>
  r.beforePublishing.map((m) => /role "([^"]+)"/.exec(m)?.[1] ?? m).join(", ") || "–";
console.log(
  "| Questionnaire | items | kept | computed | reported | notes | codes / coded options / defaults / hidden kept | repeating: multi-answer / reported | valid draft | to publish, add | fillable | export valid | response fits | round-trip differences |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  const diffs = r.roundTripDifferences.length + r.secondImportNotes.length;
  console.log(
    `| ${r.file} | ${r.items} | ${r.kept} | ${r.computed} | ${r.reported} | ${r.notes.length} | ${r.held.codes} / ${r.held.codedOptions} / ${r.held.defaults} / ${r.held.hidden} | ${r.repeats.multi} / ${r.repeats.reported} | ${yes(r.publishable)} | ${toPublish(r)} | ${yes(r.fillable)} | ${yes(r.exportErrors.length === 0)} | ${r.publishable ? yes(r.responseErrors.length === 0) : "–"} | ${diffs} |`,
  );
}
const unpublishable = rows.filter((r) => !r.publishable);
for (const r of unpublishable) console.log(`\n${r.file} not publishable: ${r.problems.slice(0, 3).join("; ")}`);
