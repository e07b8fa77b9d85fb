// The editor's labels name questions, sections, answers, rules and scores in the clinic's words, never by id alone.
import { describe, expect, it } from "vitest";
import raw from "@/prisma/default-question-set.json";
import { parseDefinition, type Definition } from "@/lib/domain/question-set/definition-schema";
import { addItem, newItem } from "@/lib/domain/question-set/editor/items";
import {
  editorNames,
  lowerFirst,
  quote,
  shorten,
  translationRowNames,
  uniqueNames,
} from "@/lib/domain/question-set/editor/names";

function defaultSet(): Definition {
  const parsed = parseDefinition(structuredClone(raw));
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.definition;
}

function withQuestion(def: Definition, sectionId: string, id: string, text?: string): Definition {
  const result = addItem(def, sectionId, newItem(id, "yesno", text ?? ""));
  if (!result.ok) throw new Error(result.message);
  return result.definition;
}

describe("shortening wording for a label", () => {
  it("keeps short wording whole, with its whitespace tidied", () => {
    expect(shorten("  How bad is\n your   pain? ")).toBe("How bad is your pain?");
    expect(shorten("x".repeat(40))).toBe("x".repeat(40));
  });

  it("cuts long wording at a word boundary within about forty characters and marks the cut", () => {
    const long = "Do you have numbness or tingling between your legs, around your bottom?";
    const short = shorten(long);
    expect(short).toBe("Do you have numbness or tingling between…");
    expect(short.length).toBeLessThanOrEqual(41);
  });

  it("drops punctuation left dangling at the cut", () => {
    expect(shorten("Since your back pain started, have you had new trouble passing urine?", 30)).toBe(
      "Since your back pain started…",
    );
  });

  it("cuts inside a word when the first word alone is longer than half the room", () => {
    expect(shorten("Supercalifragilisticexpialidocious words", 20)).toBe("Supercalifragilistic…");
  });

  it("quotes with curly quotes", () => {
    expect(quote("Sex")).toBe("“Sex”");
  });

  it("lowers only the first letter, so quoted wording keeps its capitals", () => {
    expect(lowerFirst("Show “Sex” only when")).toBe("show “Sex” only when");
  });
});

describe("names of the things in a draft", () => {
  it("names a question by its wording, a section by its title, an answer by its wording", () => {
    const names = editorNames(defaultSet());
    expect(names.question("pain_now")).toBe("“How bad is your back pain right now?”");
    expect(names.section("your_pain")).toBe("“Your pain”");
    expect(names.option("sex", "prefer_not")).toBe("“I'd rather not say”");
  });

  it("names a rule and a score by their titles, a subscale by its title", () => {
    const names = editorNames(defaultSet());
    expect(names.rule("saddle-anaesthesia")).toBe("“Saddle numbness”");
    expect(names.score("start_back")).toBe("“Keele STarT Back”");
    expect(names.subscale("start_back", "psychosocial")).toBe("“Psychosocial”");
  });

  it("falls back to the id for a question with no wording yet", () => {
    const names = editorNames(withQuestion(defaultSet(), "your_pain", "question_2"));
    expect(names.question("question_2")).toBe("question_2");
  });

  it("tells apart questions whose shortened wording is the same by their place, not their id", () => {
    let def = withQuestion(defaultSet(), "your_pain", "numb_a", "Do you have numbness or tingling between your toes?");
    def = withQuestion(def, "your_pain", "numb_b", "Do you have numbness or tingling between your fingers?");
    const names = editorNames(def);
    expect(names.question("numb_a")).toBe("“Do you have numbness or tingling between…” (question 9 in “Your pain”)");
    expect(names.question("numb_b")).toBe("“Do you have numbness or tingling between…” (question 10 in “Your pain”)");
    // The default set's own question with the same first forty characters is told apart the same way.
    expect(names.question("saddle_numbness")).toBe(
      "“Do you have numbness or tingling between…” (question 1 in “Safety questions first”)",
    );
    expect(names.question("pain_now")).toBe("“How bad is your back pain right now?”");
  });

  it("names two questions added without wording by their place in their sections", () => {
    const added = (def: Definition, sectionId: string, id: string) => {
      const result = addItem(def, sectionId, newItem(id, "yesno"));
      if (!result.ok) throw new Error(result.message);
      return result.definition;
    };
    const def = added(
      added(added(defaultSet(), "your_pain", "question_1"), "your_pain", "question_2"),
      "red_flags",
      "question_3",
    );
    const names = editorNames(def);
    expect(names.question("question_1")).toBe("“New question” (question 9 in “Your pain”)");
    expect(names.question("question_2")).toBe("“New question” (question 10 in “Your pain”)");
    expect(names.question("question_3")).toBe("“New question” (question 13 in “Safety questions first”)");
    expect([names.question("question_1"), names.question("question_2")].join()).not.toMatch(/question_\d/);
  });

  it("tells apart answers with the same wording within one question only", () => {
    const map = uniqueNames([
      { id: "yes", text: { en: "Yes" } },
      { id: "yes_2", text: { en: " Yes " } },
      { id: "no", text: { en: "No" } },
      { id: "blank", text: { en: "  " } },
    ]);
    expect([...map.values()]).toEqual(["“Yes” (yes)", "“Yes” (yes_2)", "“No”", "blank"]);
  });

  it("names what it does not know by the id it was given", () => {
    const names = editorNames(defaultSet());
    expect(names.question("gone")).toBe("gone");
    expect(names.option("pain_now", "7")).toBe("7");
    expect(names.subscale("no_score", "x")).toBe("x");
  });
});

describe("names of the rows of the translations table", () => {
  it("names a row by what the text is and its English words, numbering rows that read the same", () => {
    const names = translationRowNames([
      { key: "section:about_you.title", label: "Step title", text: { en: "About you" } },
      { key: "item:a.option:yes.label", label: "Option", text: { en: "Yes" } },
      { key: "item:b.option:yes.label", label: "Option", text: { en: "Yes" } },
    ]);
    expect([...names.values()]).toEqual(["step title “About you”", "option “Yes” (1)", "option “Yes” (2)"]);
  });
});
