// Every FHIR resource we export, checked by an independent validator (Medplum's) and, for responses,
// against the Questionnaire they name: the things an EHR's interface engine would reject us for.
import { beforeAll, describe, expect, it } from "vitest";
import { defaultSet } from "./fixtures/default-set";
import { fhirIssues, loadFhirValidator } from "./fixtures/fhir-validator";
import { answersWith } from "../fixtures/default-answers";
import type { Definition } from "../../lib/domain/question-set/definition-schema";
import { evaluate } from "../../lib/domain/triage";
import { pruneHiddenAnswers } from "../../lib/domain/question-set/conditions";
import { definitionToQuestionnaire } from "../../lib/domain/question-set/fhir/to-questionnaire";
import { definitionCodeSystems, painRegionCodeSystem } from "../../lib/domain/question-set/fhir/code-systems";
import { checkResponse } from "../../lib/domain/question-set/fhir/check-response";
import type { FhirQuestionnaire } from "../../lib/domain/question-set/fhir/extensions";
import { toQuestionnaireResponse } from "../../lib/domain/export/fhir-questionnaire-response";
import { toSubmissionBundle } from "../../lib/domain/export/fhir-submission-bundle";

const BASE = "https://clinic.example/fhir";
type Coding = { system: string; code: string; display?: string };
type Observation = {
  resourceType: string;
  code: { coding: Coding[] };
  valueInteger?: number;
  valueQuantity?: { value: number };
  derivedFrom?: { reference: string }[];
  subject?: { reference: string };
  valueCodeableConcept?: { coding: Coding[] };
  component?: unknown[];
  bodySite?: { coding: Coding[] };
};
beforeAll(loadFhirValidator, 60_000);
const errorsOf = (resource: unknown) => fhirIssues(resource).filter((i) => i.startsWith("error"));

function submission(definition: Definition, patch: Parameters<typeof answersWith>[0]) {
  const answers = pruneHiddenAnswers(definition, answersWith(patch));
  const triage = evaluate(definition, answers, { today: "2026-11-25" });
  return {
    id: "cm9sub0001",
    referenceCode: "ABCD-2345",
    createdAt: new Date("2026-11-25T10:00:00Z"),
    version: 3,
    answers,
    patientName: "Alex Example",
    triage,
  };
}

describe("the exported Questionnaire", () => {
  const q = definitionToQuestionnaire(defaultSet(), { version: 3, status: "PUBLISHED", canonicalBase: BASE });

  it("validates with no errors and no warnings (que-0: a computer-friendly name)", () => {
    expect(fhirIssues(q)).toEqual([]);
    expect(q.name).toBe("BackSpasmIntake");
  });

  it("names the clinic's canonical base in its url, and its version", () => {
    expect(q.url).toBe(`${BASE}/Questionnaire/back-spasm-intake`);
    expect(q.version).toBe("3");
  });

  it("validates as a draft with an empty section (que-1: no empty groups)", () => {
    const draft = defaultSet();
    draft.sections.push({ id: "later", title: { en: "Later" }, items: [] });
    expect(errorsOf(definitionToQuestionnaire(draft, { status: "DRAFT", canonicalBase: BASE }))).toEqual([]);
  });

  it("comes with a CodeSystem for every option code it uses, each valid", () => {
    const systems = definitionCodeSystems(defaultSet(), BASE, 3);
    for (const cs of systems) expect(errorsOf(cs)).toEqual([]);
    const urls = new Set(systems.map((s) => s.url));
    const used = (q.item ?? []).flatMap((g) => g.item ?? []).flatMap((i) => i.answerOption ?? []);
    for (const o of used) expect(urls).toContain(o.valueCoding?.system);
  });
});

describe("the body-map code system", () => {
  it("names each region's SNOMED CT body structure where one exists, and validates", () => {
    const cs = painRegionCodeSystem(BASE);
    expect(errorsOf(cs)).toEqual([]);
    const snomed = (code: string) => cs.concept.find((c) => c.code === code)?.property?.[0]?.valueCoding.code;
    expect(snomed("lower-back-right")).toBe("1017211000");
    expect(snomed("groin")).toBe("26893007");
    expect(snomed("upper-back-left")).toBeUndefined();
  });
});

describe("an exported submission", () => {
  const definition = defaultSet();
  const q = definitionToQuestionnaire(definition, { version: 3, status: "PUBLISHED", canonicalBase: BASE });
  const cases = {
    routine: {},
    "cauda equina red flag": { saddle_numbness: true, pain_now: 9, pain_map: ["lower-back-left", "buttock-right"] },
  };

  for (const [name, patch] of Object.entries(cases)) {
    const s = submission(definition, patch);

    it(`(${name}) as a QuestionnaireResponse validates and fits its own Questionnaire`, () => {
      const qr = toQuestionnaireResponse(definition, { ...s, scores: s.triage.scores }, BASE);
      expect(errorsOf(qr)).toEqual([]);
      expect(qr.questionnaire).toBe(`${q.url}|${q.version}`);
      expect(checkResponse(q as FhirQuestionnaire, qr)).toEqual([]);
    });

    it(`(${name}) as a Bundle validates, with the triage level, fired rules and scores`, () => {
      const bundle = toSubmissionBundle(definition, s, BASE);
      expect(errorsOf(bundle)).toEqual([]);
      for (const entry of bundle.entry) expect(errorsOf(entry.resource)).toEqual([]);
      const risk = bundle.entry.find((e) => e.resource.resourceType === "RiskAssessment")!.resource as unknown as {
        prediction: { outcome: { text: string } }[];
      };
      expect(risk.prediction[0]!.outcome.text).toBe(`Triage level ${s.triage.level}`);
      expect(risk.prediction.slice(1).map((p) => p.outcome.text)).toEqual(s.triage.flags.map((f) => f.title));
      const scoreObservations = bundle.entry.filter((e) => e.resource.id.includes("-score-"));
      expect(scoreObservations.length).toBeGreaterThanOrEqual(s.triage.scores.length);
      const qr = bundle.entry.find((e) => e.resource.resourceType === "QuestionnaireResponse")!.resource;
      expect(checkResponse(q as FhirQuestionnaire, qr as never)).toEqual([]);
    });
  }

  const STARTBACK_HIGH = { sb5: true, sb6: true, sb7: true, sb9: "very_much" } as const;
  const observations = (bundle: ReturnType<typeof toSubmissionBundle>) =>
    bundle.entry.map((e) => e.resource as unknown as Observation).filter((r) => r.resourceType === "Observation");

  it("files the STarT Back result under LOINC's codes: total, distress subscore and risk level", () => {
    const s = submission(definition, STARTBACK_HIGH);
    const score = s.triage.scores.find((x) => x.id === "start_back")!;
    expect(score.classification).toBe("High risk");
    const found = observations(toSubmissionBundle(definition, s, BASE));
    const total = found.find((o) => o.code.coding.some((c) => c.code === "91351-7"))!;
    expect(total.code.coding[0]).toEqual({
      system: "http://loinc.org",
      code: "91351-7",
      display: "Total score [STarT Back]",
    });
    expect(total.valueInteger).toBe(score.total);
    expect(total.valueQuantity).toBeUndefined();
    const distress = score.subscales.find((x) => x.id === "psychosocial")!.value;
    expect(total.component).toEqual([
      expect.objectContaining({
        code: expect.objectContaining({ coding: [expect.objectContaining({ code: "91350-9" })] }),
        valueInteger: distress,
      }),
    ]);
    const level = found.find((o) => o.code.coding.some((c) => c.code === "91352-5"))!;
    expect(level.valueCodeableConcept?.coding).toEqual([
      { system: "http://loinc.org", code: "LA9193-9", display: "High" },
    ]);
  });

  it("derives every score from the patient's response and files it about the same patient", () => {
    const s = submission(definition, STARTBACK_HIGH);
    const bundle = toSubmissionBundle(definition, s, BASE);
    const qr = bundle.entry.find((e) => e.resource.resourceType === "QuestionnaireResponse")!.resource;
    const patient = bundle.entry.find((e) => e.resource.resourceType === "Patient")!.resource;
    const total = observations(bundle).find((o) => o.code.coding.some((c) => c.code === "91351-7"))!;
    expect(total.derivedFrom).toEqual([{ reference: `QuestionnaireResponse/${qr.id}` }]);
    expect(total.subject).toEqual({ reference: `Patient/${patient.id}` });
  });

  it("sends no LOINC total or risk level while STarT Back is incomplete (a partial score is not Low risk)", () => {
    const s = submission(definition, {});
    delete s.answers.sb1;
    s.triage = evaluate(definition, s.answers, { today: "2026-11-25" });
    const score = s.triage.scores.find((x) => x.id === "start_back")!;
    expect(score.complete).toBe(false);
    const bundle = toSubmissionBundle(definition, s, BASE);
    const found = observations(bundle);
    expect(found.filter((o) => o.code.coding.some((c) => c.system === "http://loinc.org"))).toEqual([]);
    const partial = found.find((o) => o.code.coding.some((c) => c.code === "score-start_back"))!;
    expect(partial.valueInteger).toBe(score.total);
    expect(errorsOf(bundle)).toEqual([]);
  });

  it("files a score LOINC has no term for under the question set's own result code, as a whole number", () => {
    const own = defaultSet();
    own.scores.push({
      id: "sleep_count",
      title: { en: "Nights woken by pain" },
      method: "sum",
      items: [{ item: "sb1", values: { true: 3, false: 0 } }],
      subscales: [],
      bands: [],
      classification: [],
    });
    const s = submission(own, { sb1: true });
    const bundle = toSubmissionBundle(own, s, BASE);
    expect(errorsOf(bundle)).toEqual([]);
    const sleep = observations(bundle).find((o) => o.code.coding.some((c) => c.code === "score-sleep_count"))!;
    expect(sleep.code.coding).toEqual([
      { system: `${BASE}/CodeSystem/intake-result`, code: "score-sleep_count", display: "Nights woken by pain" },
    ]);
    expect(sleep.valueInteger).toBe(3);
  });

  it("files each marked body-map region as pain at a SNOMED CT body site where one exists", () => {
    const s = submission(definition, { pain_map: ["lower-back-left", "buttock-right", "upper-back-left"] });
    const pain = observations(toSubmissionBundle(definition, s, BASE)).filter(
      (o) => o.code.coding[0]?.code === "22253000",
    );
    expect(pain.map((o) => o.bodySite?.coding.map((c) => c.code))).toEqual([
      ["lower-back-left", "1017210004"],
      ["buttock-right", "723980000"],
      ["upper-back-left"],
    ]);
    expect(pain[0]!.bodySite?.coding[1]).toEqual({
      system: "http://snomed.info/sct",
      code: "1017210004",
      display: "Structure of left lumbar region of back",
    });
  });

  it("sends the red-flag case as EMERGENT with its rule", () => {
    const s = submission(definition, cases["cauda equina red flag"]);
    expect(s.triage.level).toBe("EMERGENT");
    expect(s.triage.flags.length).toBeGreaterThan(0);
  });
});
