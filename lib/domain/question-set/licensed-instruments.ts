/**
 * Licensed instruments: questionnaires such as the Keele STarT Back Screening Tool may be used only with their
 * registered wording. A question set marks a block of its questions (`instruments` in the definition); the
 * registered text lives here, in code, so a draft or an import cannot change the wording and the reference together.
 * Validation refuses a draft whose marked questions differ from the registered text, whose marked score differs
 * from the registered scoring, or that translates the registered wording (the registered text is English; a
 * translation would need the licence holder's own validated version); the editor locks all three.
 */
import type { Definition, Item } from "./definition-schema";
import { licensedScoreProblems, type RegisteredScore } from "./licensed-instrument-score";

type RegisteredItem = { type: Item["type"]; text: string; options?: readonly { value: string; label: string }[] };

export type RegisteredInstrument = {
  name: string;
  licence: string;
  copyright: string;
  /** English wording (and answers) in the registered order. */
  items: readonly RegisteredItem[];
  /** The registered scoring, by the items' places in `items`; checked against the mark's `score`. */
  score?: RegisteredScore;
};

const agreed = (part: number) => ({ part, values: { true: 1, false: 0 } });

const yes = (text: string): RegisteredItem => ({ type: "yesno", text });

export const REGISTERED_INSTRUMENTS: Readonly<Record<string, RegisteredInstrument>> = {
  "keele-start-back": {
    name: "Keele STarT Back Screening Tool",
    licence:
      "free for non-commercial clinical use with the wording unchanged; commercial use needs Keele University's permission",
    copyright: "© Keele University 01/08/07",
    items: [
      {
        type: "display",
        text: "Thinking about the last 2 weeks, answer each statement. Answer Yes if you agree, No if you disagree.",
      },
      yes("My back pain has spread down my leg(s) at some time in the last 2 weeks"),
      yes("I have had pain in the shoulder or neck at some time in the last 2 weeks"),
      yes("I have only walked short distances because of my back pain"),
      yes("In the last 2 weeks, I have dressed more slowly than usual because of back pain"),
      yes("It's not really safe for a person with a condition like mine to be physically active"),
      yes("Worrying thoughts have been going through my mind a lot of the time"),
      yes("I feel that my back pain is terrible and it's never going to get any better"),
      yes("In general I have not enjoyed all the things I used to enjoy"),
      {
        type: "single",
        text: "Overall, how bothersome has your back pain been in the last 2 weeks?",
        options: [
          { value: "not_at_all", label: "Not at all" },
          { value: "slightly", label: "Slightly" },
          { value: "moderately", label: "Moderately" },
          { value: "very_much", label: "Very much" },
          { value: "extremely", label: "Extremely" },
        ],
      },
      {
        type: "display",
        text: "Keele STarT Back Screening Tool © Keele University 01/08/07. Used for non-commercial clinical purposes; the wording must not be changed.",
      },
    ],
    // Total 0–9; psychosocial subscale (statements 5–9) 0–5: high risk at 4 or more, else low risk at a total of
    // 3 or less, else medium (Hill et al. 2008, Arthritis Rheum 59(5):632–41).
    score: {
      method: "sum",
      items: [
        ...[1, 2, 3, 4, 5, 6, 7, 8].map(agreed),
        { part: 9, values: { not_at_all: 0, slightly: 0, moderately: 0, very_much: 1, extremely: 1 } },
      ],
      subscales: [{ id: "psychosocial", parts: [5, 6, 7, 8, 9] }],
      classification: [
        { when: { all: [{ component: "psychosocial", op: "gte", value: 4 }] }, label: "High risk" },
        { when: { all: [{ component: "total", op: "lte", value: 3 }] }, label: "Low risk" },
        { when: { all: [] }, label: "Medium risk" },
      ],
    },
  },
};

export type LicenceLock = { instrument: string; name: string; licence: string; copyright: string };

/** The questions (by id) and scores (by `score:<id>`) a registered licensed instrument locks, with its licence. */
export function licenceLocks(definition: Pick<Definition, "instruments">): ReadonlyMap<string, LicenceLock> {
  const locks = new Map<string, LicenceLock>();
  for (const mark of definition.instruments ?? []) {
    const registered = REGISTERED_INSTRUMENTS[mark.instrument];
    if (!registered) continue;
    const lock = { instrument: mark.instrument, ...pick(registered) };
    for (const id of mark.items) locks.set(id, lock);
    if (mark.score) locks.set(`score:${mark.score}`, lock);
  }
  return locks;
}

function pick({ name, licence, copyright }: RegisteredInstrument) {
  return { name, licence, copyright };
}

/**
 * The lock on one translatable text (`item:sb3.text`, `item:sb9.option:very_much.label`): a licensed question's
 * wording and answers stay in their registered English; its help text is the clinic's own and stays translatable.
 */
export function licenceLockOfText(locks: ReadonlyMap<string, LicenceLock>, key: string): LicenceLock | undefined {
  const match = /^item:([^.]+)\.(?:text|option:.+\.label)$/.exec(key);
  return match ? locks.get(match[1]!) : undefined;
}

type Problem = { path: (string | number)[]; message: string };

/** Every way the draft's marked questions differ from their instrument's registered text. */
export function licensedInstrumentProblems(definition: Definition): Problem[] {
  const problems: Problem[] = [];
  const places = new Map<string, { item: Item; path: (string | number)[]; section: string }>();
  definition.sections.forEach((section, si) =>
    section.items.forEach((item, ii) =>
      places.set(item.id, { item, path: ["sections", si, "items", ii], section: section.title.en }),
    ),
  );
  const claimed = new Set<string>();
  (definition.instruments ?? []).forEach((mark, mi) => {
    const registered = REGISTERED_INSTRUMENTS[mark.instrument];
    if (!registered) {
      problems.push({
        path: ["instruments", mi, "instrument"],
        message: `"${mark.instrument}" is not a registered licensed instrument; use one of ${Object.keys(REGISTERED_INSTRUMENTS).join(", ")}`,
      });
      return;
    }
    const refused = (what: string) =>
      `${what} belongs to the ${registered.name} (${registered.copyright}; licence: ${registered.licence}) and must keep its registered wording`;
    if (mark.items.length !== registered.items.length)
      problems.push({
        path: ["instruments", mi, "items"],
        message: refused(
          `The ${registered.name} has ${registered.items.length} parts, not ${mark.items.length}: every part`,
        ),
      });
    const scoreAt = mark.score ? definition.scores.findIndex((s) => s.id === mark.score) : -1;
    if (mark.score && scoreAt < 0)
      problems.push({
        path: ["instruments", mi, "score"],
        message: `The ${registered.name} names a score "${mark.score}" that this draft does not have`,
      });
    if (registered.score && scoreAt >= 0)
      problems.push(
        ...licensedScoreProblems(
          definition.scores[scoreAt]!,
          scoreAt,
          registered.score,
          new Map(mark.items.map((id, k) => [id, k])),
          `the ${registered.name} licence (${registered.copyright}; licence: ${registered.licence})`,
        ),
      );
    registered.items.forEach((expected, k) => {
      const id = mark.items[k];
      if (id === undefined) return;
      if (claimed.has(id)) {
        problems.push({
          path: ["instruments", mi, "items", k],
          message: `Question "${id}" is marked as part of more than one licensed instrument`,
        });
        return;
      }
      claimed.add(id);
      const place = places.get(id);
      if (!place) {
        problems.push({
          path: ["instruments", mi, "items", k],
          message: refused(`"${expected.text}" was removed, but it`),
        });
        return;
      }
      const { item, path } = place;
      const name = `"${expected.text}" in "${place.section}"`;
      if (item.type !== expected.type)
        problems.push({ path: [...path, "type"], message: refused(`The question ${name}`) });
      else if (item.text.en !== expected.text)
        problems.push({
          path: [...path, "text", "en"],
          message: refused(`The question "${item.text.en}" (registered: "${expected.text}") in "${place.section}"`),
        });
      if (expected.options && "options" in item && !sameOptions(item.options, expected.options))
        problems.push({ path: [...path, "options"], message: refused(`The answers of ${name}`) });
      for (const code of translatedInto(item))
        problems.push({
          path: [...path, "text", code],
          message: `${refused(`The question ${name}`)}: its registered text is English, so it cannot be translated here (remove the "${code}" translation)`,
        });
    });
  });
  return problems;
}

/** Languages other than English that a licensed question's wording or answers were given. */
function translatedInto(item: Item): string[] {
  const texts = [item.text, ...("options" in item ? item.options.map((o) => o.label) : [])];
  return [...new Set(texts.flatMap((text) => Object.keys(text).filter((code) => code !== "en")))];
}

function sameOptions(
  actual: readonly { value: string; label: { en: string } }[],
  expected: readonly { value: string; label: string }[],
): boolean {
  return (
    actual.length === expected.length &&
    actual.every((o, i) => o.value === expected[i]!.value && o.label.en === expected[i]!.label)
  );
}
