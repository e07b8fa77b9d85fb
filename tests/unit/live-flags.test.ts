import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { emergentFlags, urgentFlags } from "../../components/intake/live-flags";
import { evaluate } from "../../lib/domain/triage/evaluate";
import { calmAnswers, clinicDefinition } from "./fixtures/clinic-definition";
import { mustParse } from "./fixtures/parse";

const clinic = mustParse(clinicDefinition);

describe("the live red-flag warning in the patient's form", () => {
  it.each<[string, Record<string, unknown>]>([
    ["nothing alarming", {}],
    ["saddle numbness", { saddle_numbness: true }],
    ["fever", { fever: true }],
    ["cancer history over 50", { cancer_history: true, age_over_50: true }],
    ["severe pain without tingling", { pain_now: 9, leg_tingling: false }],
    ["pregnant with a fever", { sex: "female", pregnant: true, fever: true }],
    ["a stale pregnancy answer after choosing male", { sex: "male", pregnant: true, fever: true }],
    ["answers as the form sends them", { saddle_numbness: "true", pain_now: "9", leg_tingling: "false" }],
  ])("warns about exactly the flags the stored triage will hold: %s", (_, patch) => {
    const raw = { ...calmAnswers, ...patch };
    const stored = evaluate(clinic, raw, { today: "2025-06-01" }).flags;
    const ids = (severity: string) => stored.filter((f) => f.severity === severity).map((f) => f.ruleId);
    expect(emergentFlags(clinic, raw).map((f) => f.ruleId)).toEqual(ids("EMERGENT"));
    expect(urgentFlags(clinic, raw).map((f) => f.ruleId)).toEqual(ids("URGENT"));
  });

  it("tells the patient the rule's own words for emergency care", () => {
    expect(emergentFlags(clinic, { saddle_numbness: true })).toEqual([
      { ruleId: "saddle-anaesthesia", title: "Saddle numbness", patientText: "Call the emergency number now." },
    ]);
    expect(urgentFlags(clinic, { saddle_numbness: true })).toEqual([]);
  });

  it("warns about a half-filled form, ignoring answers that are not valid yet", () => {
    expect(urgentFlags(clinic, { fever: true, pain_now: "nine" }).map((f) => f.ruleId)).toEqual(["fever"]);
  });

  // What the browser downloads: the live check must not pull zod or the scoring and summary code through its imports.
  it("reaches neither zod nor the rest of the evaluator through its imports", () => {
    const root = path.resolve(__dirname, "../..");
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const [, spec] of source.matchAll(/^import (?!type )[^;]*? from "([^"]+)";/gms)) {
        if (!spec) continue;
        if (!spec.startsWith(".") && !spec.startsWith("@/")) {
          seen.add(spec);
          continue;
        }
        const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(file), spec);
        walk(`${base}.ts`);
      }
    };
    walk(path.join(root, "components/intake/live-flags.ts"));
    const reached = [...seen].map((f) => path.relative(root, f));
    expect(reached).toContain("lib/domain/triage/fired-rules.ts");
    expect(reached.filter((f) => /zod|definition-schema|evaluate|scoring|summary|triage\/index/.test(f))).toEqual([]);
  });
});
