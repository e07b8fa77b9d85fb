/**
 * Every translatable text of a definition, each under a key made of ids (never of positions), so moving a
 * question or an option keeps its translation and its source fingerprint. The path is where the text sits today,
 * in the same notation as the definition's problems, so the validation panel links to its card.
 */
import type { Definition, LocaleText } from "../definition-schema";

export type TranslatableText = {
  /** Stable key, e.g. `item:saddle_numbness.text`, `item:sex.option:female.label`, `rule:bowel-incontinence.patientText`. */
  key: string;
  /** Where it is now, e.g. `sections[0].items[2].text`. */
  path: string;
  text: LocaleText;
  /** Shown to patients (so needed in every language switched on for them); otherwise staff-only wording. */
  patient: boolean;
  /** The section it belongs to, if any (a section may be offered in English only). */
  sectionId?: string;
  /** What it is, in the editor's words: "Question", "Option", "Help text", … */
  label: string;
};

export function listTexts(definition: Definition): TranslatableText[] {
  const out: TranslatableText[] = [];
  const add = (
    key: string,
    path: string,
    text: LocaleText | undefined,
    patient: boolean,
    label: string,
    sectionId?: string,
  ) => {
    if (text) out.push({ key, path, text, patient, label, ...(sectionId ? { sectionId } : {}) });
  };

  add("title", "title", definition.title, true, "Title");
  add("description", "description", definition.description, true, "Description");
  definition.sections.forEach((section, si) => {
    const sp = `sections[${si}]`;
    const sid = section.id;
    add(`section:${sid}.title`, `${sp}.title`, section.title, true, "Step title", sid);
    add(`section:${sid}.description`, `${sp}.description`, section.description, true, "Step description", sid);
    section.items.forEach((item, ii) => {
      const ip = `${sp}.items[${ii}]`;
      const ik = `item:${item.id}`;
      add(`${ik}.text`, `${ip}.text`, item.text, true, item.type === "display" ? "Display text" : "Question", sid);
      add(`${ik}.help`, `${ip}.help`, item.help, true, "Help text", sid);
      if (item.type === "single" || item.type === "multi") {
        item.options.forEach((option, oi) =>
          add(`${ik}.option:${option.value}.label`, `${ip}.options[${oi}].label`, option.label, true, "Option", sid),
        );
      }
      if (item.type === "scale") {
        add(`${ik}.minLabel`, `${ip}.minLabel`, item.minLabel, true, "Scale low end", sid);
        add(`${ik}.maxLabel`, `${ip}.maxLabel`, item.maxLabel, true, "Scale high end", sid);
      }
      if (item.type === "number") add(`${ik}.unit`, `${ip}.unit`, item.unit, true, "Unit", sid);
    });
  });
  definition.redFlagRules.forEach((rule, ri) => {
    const rp = `redFlagRules[${ri}]`;
    const rk = `rule:${rule.id}`;
    add(`${rk}.patientText`, `${rp}.patientText`, rule.patientText, true, "Advice to the patient");
    // The clinic reads these in its own language; they may be translated, but nothing requires it.
    add(`${rk}.title`, `${rp}.title`, rule.title, false, "Red-flag title");
    add(`${rk}.clinicianText`, `${rp}.clinicianText`, rule.clinicianText, false, "Text for clinicians");
  });
  definition.scores.forEach((score, si) => {
    const sp = `scores[${si}]`;
    const sk = `score:${score.id}`;
    add(`${sk}.title`, `${sp}.title`, score.title, false, "Score title");
    score.subscales.forEach((sub, i) =>
      add(`${sk}.subscale:${sub.id}.title`, `${sp}.subscales[${i}].title`, sub.title, false, "Subscale title"),
    );
    score.bands.forEach((band, i) =>
      add(`${sk}.band:${i}.label`, `${sp}.bands[${i}].label`, band.label, false, "Band"),
    );
    score.classification.forEach((c, i) =>
      add(`${sk}.class:${i}.label`, `${sp}.classification[${i}].label`, c.label, false, "Class"),
    );
  });
  definition.constraints.forEach((constraint, ci) =>
    add(`constraint:${ci}.message`, `constraints[${ci}].message`, constraint.message, true, "Message to the patient"),
  );
  (definition.computed ?? []).forEach((computed, ci) =>
    add(`computed:${computed.id}.title`, `computed[${ci}].title`, computed.title, false, "Computed value"),
  );
  return out;
}
