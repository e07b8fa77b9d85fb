// Ten Questionnaires others published (tests/fixtures/fhir/SOURCES.md): each imports with every
// difference reported by linkId, exports valid FHIR, re-imports to the same draft, and (where it
// can be published) a patient's answers export as a response that fits the exported Questionnaire.
import { beforeAll, describe, expect, it } from "vitest";
import { corpusFiles, corpusRow } from "./fixtures/fhir-corpus";
import { loadFhirValidator } from "./fixtures/fhir-validator";

beforeAll(loadFhirValidator, 60_000);

describe("a corpus of real FHIR R4 Questionnaires", () => {
  it("has at least ten files", () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(10);
  });

  for (const file of corpusFiles()) {
    describe(file, () => {
      const row = () => corpusRow(file);

      it("accounts for every item: imported, computed, or named in a note", () => {
        const r = row();
        expect(r.unreported).toEqual([]);
        expect(r.kept + r.computed + r.reported).toBe(r.items);
      });

      it("keeps a repeating choice as a multiple choice and names every other repeating item in a note", () => {
        expect(row().repeats.unreported).toEqual([]);
      });

      it("exports a Questionnaire the validator accepts, and re-imports to the same draft with nothing new to report", () => {
        const r = row();
        expect(r.exportErrors).toEqual([]);
        expect(r.roundTripDifferences).toEqual([]);
        expect(r.secondImportNotes).toEqual([]);
      });

      it("names what publishing still asks of the admin: only the questions a submission is filed under", () => {
        for (const message of row().beforePublishing)
          expect(message).toMatch(/^No question is marked as asking for .*: choose it in that question's settings/);
      });

      it("when publishable, takes a patient's answers and exports a response that fits the exported Questionnaire", () => {
        const r = row();
        if (!r.publishable) {
          expect(r.problems.length).toBeGreaterThan(0);
          return;
        }
        expect(r.fillable).toBe(true);
        expect(r.responseErrors).toEqual([]);
      });
    });
  }
});
