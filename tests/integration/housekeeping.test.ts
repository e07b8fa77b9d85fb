// Housekeeping, which every server process runs every five minutes: expired unfinished intakes and ended
// rate-limit windows are deleted, nothing current is — on PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { newProgressToken } from "@/lib/db/progress/progress-token";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { saveProgress } from "@/lib/db/progress/save-progress";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { runHousekeeping } from "@/lib/housekeeping/housekeeping";
import { DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

describe.each(DATABASE_KINDS)("housekeeping (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("deletes expired progress and ended rate-limit windows, and keeps current ones counting", async () => {
    await seedDefaultQuestionSet();
    const version = (await readVersion({ published: true }))!;
    const now = new Date();
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    const expired = newProgressToken();
    const current = newProgressToken();
    await saveProgress({
      token: expired,
      versionId: version.id,
      answers: {},
      step: 1,
      ttlDays: 7,
      now: minutesAgo(8 * 1440),
    });
    await saveProgress({ token: current, versionId: version.id, answers: { full_name: "Kept" }, step: 1, ttlDays: 7 });
    // A busy clinic's counters: yesterday, ten minutes ago, and this minute (twice).
    for (const at of [minutesAgo(1440), minutesAgo(10), now, now]) await consumeRateLimit("intake-submit:a", 2, at);

    expect(await runHousekeeping(now, undefined)).toEqual({
      expiredProgress: 1,
      rateLimitBuckets: 2,
      closedSubmissions: null,
    });
    expect(await db().rateLimitBucket.count()).toBe(1);
    expect((await loadProgress(current))?.answers).toEqual({ full_name: "Kept" });
    // The current window still counts: a third request this minute is over a limit of two.
    expect(await consumeRateLimit("intake-submit:a", 2, now)).toMatchObject({ ok: false });
    // Repeating it deletes nothing more.
    expect(await runHousekeeping(now, undefined)).toEqual({
      expiredProgress: 0,
      rateLimitBuckets: 0,
      closedSubmissions: null,
    });
  });
});
