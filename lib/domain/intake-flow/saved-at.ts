/**
 * "Saved at 14:05" in the patient's own time (the browser's zone), with the day when it was not today: a draft
 * resumed the next morning says when it was really saved. `timeZone` is for tests; the form leaves it out.
 */
export function savedAtText(savedAt: string, now: Date, timeZone?: string): string | null {
  const at = new Date(savedAt);
  if (Number.isNaN(at.getTime())) return null;
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone });
  return day.format(at) === day.format(now)
    ? `Saved at ${time.format(at)}`
    : `Saved on ${day.format(at)} at ${time.format(at)}`;
}
