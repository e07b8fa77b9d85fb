// Questions and words a patient sees in the default question set, and an estimate of the time to
// finish at a stated reading speed. Run: npx tsx scripts/intake-reading-time.ts
import defaultSet from "../prisma/default-question-set.json";
import routine from "../tests/fixtures/routine-answers.json";
import { parseDefinition } from "../lib/domain/question-set/definition-schema";
import { visibleItemIds } from "../lib/domain/question-set/conditions";
import { t } from "../lib/domain/question-set/text";

const WORDS_PER_MINUTE = 200; // an average adult reading plain text on a screen
const SECONDS_PER_ANSWER = 3; // a tap; typed answers get more below
const SECONDS_PER_TYPED = 15;

const parsed = parseDefinition(defaultSet);
if (!parsed.ok) throw new Error("invalid default set");
const def = parsed.definition;
const words = (s: string | undefined) => (s ? s.split(/\s+/).filter(Boolean).length : 0);

function run(label: string, answers: Record<string, unknown>) {
  const visible = visibleItemIds(def, answers);
  let questions = 0;
  let text = words(t(def.title)) + 120; // consent step, roughly 120 words
  let seconds = 0;
  for (const section of def.sections) {
    const items = section.items.filter((i) => visible.has(i.id));
    if (!items.length) continue;
    text += words(t(section.title)) + words(section.description && t(section.description));
    for (const item of items) {
      text += words(t(item.text)) + words(item.help && t(item.help));
      if ("options" in item) text += item.options.reduce((n, o) => n + words(t(o.label)), 0);
      if (item.type === "yesno") text += item.notSure ? 4 : 2;
      if (item.type === "display") continue;
      questions++;
      seconds += ["text", "number", "date"].includes(item.type) ? SECONDS_PER_TYPED : SECONDS_PER_ANSWER;
    }
  }
  seconds += (text / WORDS_PER_MINUTE) * 60;
  console.log(`${label}: ${questions} questions, ${text} words, about ${(seconds / 60).toFixed(1)} minutes`);
  return seconds;
}

const times = [
  run("man", { ...routine, sex: "male" }),
  run("woman, not pregnant", { ...routine, sex: "female", pregnant: false }),
  run("woman, pregnant", { ...routine, sex: "female", pregnant: true, pregnancy_weeks: 20 }),
].sort((a, b) => a - b);
console.log(
  `median ${(times[1]! / 60).toFixed(1)} minutes at ${WORDS_PER_MINUTE} words a minute, ${SECONDS_PER_ANSWER} s a tap, ${SECONDS_PER_TYPED} s a typed answer`,
);
