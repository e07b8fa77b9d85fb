import { describe, expect, it } from "vitest";
import { PAIN_REGION_IDS, PAIN_REGIONS } from "../../lib/domain/pain-map/regions";
import { answerList } from "../../lib/domain/summary/answer-list";
import { clinicDefinition } from "./fixtures/clinic-definition";
import { mustParse } from "./fixtures/parse";

const clinic = mustParse(clinicDefinition);

describe("full answers for the clinician", () => {
  it("lists answered, shown questions in order, as words", () => {
    const list = answerList(clinic, {
      full_name: "Alex Example",
      date_of_birth: "1980-05-17",
      sex: "female",
      pregnant: true,
      pregnancy_weeks: 20,
      pain_now: 0,
      pain_worst: 10,
      pain_map: ["lower-back-left", "buttock-right"],
      onset_activity: ["lift", "twist"],
      sitting_hours: 3.5,
      tingling_severity: 7,
      notes: "",
      saddle_numbness: false,
    });
    expect(list).toEqual([
      {
        sectionId: "about_you",
        sectionTitle: "About you",
        items: [
          { itemId: "full_name", question: "Your full name", answer: "Alex Example", freeText: true },
          { itemId: "date_of_birth", question: "Date of birth", answer: "1980-05-17" },
          { itemId: "sex", question: "Sex", answer: "Female" },
          { itemId: "pregnant", question: "Are you pregnant?", answer: "Yes" },
          { itemId: "pregnancy_weeks", question: "How many weeks pregnant?", answer: "20 weeks" },
        ],
      },
      {
        sectionId: "your_pain",
        sectionTitle: "Your pain",
        items: [
          { itemId: "pain_now", question: "Pain right now", answer: "0/10 (No pain)" },
          { itemId: "pain_worst", question: "Worst pain in the last week", answer: "10/10 (Worst pain imaginable)" },
          { itemId: "pain_map", question: "Where does it hurt?", answer: "Lower back, left, Right buttock" },
          {
            itemId: "onset_activity",
            question: "What were you doing when it started?",
            answer: "Lifting something heavy, Twisting or bending",
          },
          { itemId: "sitting_hours", question: "Hours sitting per day", answer: "3.5 hours" },
        ],
      },
      {
        sectionId: "red_flags",
        sectionTitle: "Warning signs",
        items: [{ itemId: "saddle_numbness", question: "Numbness between the legs?", answer: "No" }],
      },
    ]);
  });

  it("renders text in the requested language", () => {
    const [section] = answerList(clinic, { sex: "female", pregnant: false }, "fr");
    expect(section?.items[1]).toEqual({ itemId: "pregnant", question: "Êtes-vous enceinte ?", answer: "No" });
  });
});

describe("body map", () => {
  it("has every agreed region once, each on the front or back view", () => {
    expect(new Set(PAIN_REGION_IDS).size).toBe(PAIN_REGION_IDS.length);
    expect(PAIN_REGION_IDS).toEqual(
      expect.arrayContaining([
        "neck",
        "upper-back-left",
        "mid-back-right",
        "lower-back-left",
        "buttock-right",
        "thigh-front-left",
        "thigh-back-right",
        "lower-leg-left",
        "foot-right",
        "abdomen",
        "chest",
        "shoulder-left",
        "groin",
      ]),
    );
    // The whole body, front and back (tests/unit/pain-map-regions.test.ts checks which parts).
    expect(PAIN_REGION_IDS).toHaveLength(37);
    for (const region of PAIN_REGIONS) expect(["front", "back"]).toContain(region.view);
  });
});
