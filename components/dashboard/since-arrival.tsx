"use client";

import { useEffect, useState } from "react";
import { formatElapsed } from "@/lib/domain/time/clinic-time";

/** "waiting 2 h 05 min", kept current while the page stays open; the server renders the first value. */
export function SinceArrival({ since, now }: { since: string; now: string }) {
  const start = Date.parse(since);
  const [elapsed, setElapsed] = useState(Date.parse(now) - start);
  useEffect(() => {
    const tick = () => setElapsed(Date.now() - start);
    tick();
    const timer = setInterval(tick, 30_000);
    return () => clearInterval(timer);
  }, [start]);
  return <span suppressHydrationWarning>{formatElapsed(elapsed)}</span>;
}
