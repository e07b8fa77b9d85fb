/**
 * "Saved at 14:05" in the patient's own time (the browser's zone), with the day when it was not today: saved progress
 * resumed the next morning says when it was really saved. `timeZone` is for tests; the form leaves it out.
 */
export function savedAtText(
  savedAt: string,
  now: Date,
  timeZone?: string,
  words: SavedAtWords = ENGLISH,
): string | null {
  const at = new Date(savedAt);
  if (Number.isNaN(at.getTime())) return null;
  const time = new Intl.DateTimeFormat(words.locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  });
  const day = new Intl.DateTimeFormat(words.locale, { day: "numeric", month: "long", timeZone });
  const fill = (template: string) => template.replace("{time}", time.format(at)).replace("{day}", day.format(at));
  return day.format(at) === day.format(now) ? fill(words.savedAt) : fill(words.savedOn);
}

/** The patient's language: its Intl locale and its "Saved at {time}" / "Saved on {day} at {time}". */
export type SavedAtWords = { locale: string; savedAt: string; savedOn: string };

const ENGLISH: SavedAtWords = { locale: "en-GB", savedAt: "Saved at {time}", savedOn: "Saved on {day} at {time}" };
