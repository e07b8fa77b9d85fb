"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { queueTitle } from "@/lib/domain/queue/queue-search";
import { TriageBadge } from "./triage-badge";

const POLL_MS = 10_000;
// A preference about this browser, not patient data: localStorage is the right place for it.
const CUE_KEY = "spine-intake.queue-cue";
const CUE_CHANGED = "spine-intake:queue-cue";

function subscribeToCue(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CUE_CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CUE_CHANGED, onChange);
  };
}
const cueIsOn = () => window.localStorage.getItem(CUE_KEY) !== "off";

type Arrival = { id: string; referenceCode: string; triageLevel: "EMERGENT" | "URGENT" | "ROUTINE"; createdAt: string };
type Snapshot = {
  newestCreatedAt: string | null;
  overdueEmergent: number;
  byLevel: Record<string, number>;
  byStatus: Record<string, number>;
  arrivals: Arrival[];
};

/** A short two-tone chime made on the spot: no audio file to fetch, and silent if the browser blocks audio. */
function chime() {
  try {
    const context = new AudioContext();
    [880, 660].forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.15, context.currentTime + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + i * 0.18 + 0.16);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(context.currentTime + i * 0.18);
      oscillator.stop(context.currentTime + i * 0.18 + 0.17);
    });
    setTimeout(() => void context.close(), 1_000);
  } catch {
    // No audio here: the visual notice still shows.
  }
}

/**
 * Keeps the open queue current without a reload: polls a small route every 10 s; when something changed it
 * refreshes the server-rendered queue, lists what arrived and, unless switched off, chimes and flashes.
 */
export function QueueLiveUpdates({ since, overdueEmergent }: { since: string; overdueEmergent: number }) {
  const router = useRouter();
  const [arrivals, setArrivals] = useState<Arrival[]>([]);
  // On unless this browser switched it off; the server render assumes on.
  const cueOn = useSyncExternalStore(subscribeToCue, cueIsOn, () => true);
  const [flash, setFlash] = useState(false);
  const [offline, setOffline] = useState(false);
  const state = useRef({ since, fingerprint: "" });

  useEffect(() => {
    document.title = `${queueTitle(overdueEmergent)} · Spine Intake`;
  }, [overdueEmergent]);

  useEffect(() => {
    let stopped = false;
    async function poll() {
      try {
        const response = await fetch(`/api/dashboard/queue-version?since=${encodeURIComponent(state.current.since)}`, {
          cache: "no-store",
        });
        if (!response.ok) {
          setOffline(true);
          return;
        }
        setOffline(false);
        const snapshot = (await response.json()) as Snapshot;
        if (stopped) return;
        document.title = `${queueTitle(snapshot.overdueEmergent)} · Spine Intake`;
        const fingerprint = JSON.stringify([
          snapshot.newestCreatedAt,
          snapshot.byLevel,
          snapshot.byStatus,
          snapshot.overdueEmergent,
        ]);
        const changed = state.current.fingerprint !== "" && fingerprint !== state.current.fingerprint;
        state.current.fingerprint = fingerprint;
        if (snapshot.arrivals.length > 0) {
          state.current.since = snapshot.arrivals[0]!.createdAt;
          setArrivals((previous) => [...snapshot.arrivals, ...previous].slice(0, 10));
          if (cueIsOn()) {
            chime();
            setFlash(true);
            setTimeout(() => setFlash(false), 3_000);
          }
        }
        if (changed || snapshot.arrivals.length > 0) router.refresh();
      } catch {
        setOffline(true);
      }
    }
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [router]);

  function toggleCue(on: boolean) {
    window.localStorage.setItem(CUE_KEY, on ? "on" : "off");
    window.dispatchEvent(new Event(CUE_CHANGED));
  }

  return (
    <div className="no-print mb-4 space-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={cueOn} onChange={(e) => toggleCue(e.target.checked)} className="size-5" />
        Sound and flash when a new submission arrives
      </label>
      {offline ? (
        <p className="text-sm text-amber-900">Live updates paused: the server did not answer. Reload to retry.</p>
      ) : null}
      <div
        role="status"
        aria-live="polite"
        className={
          arrivals.length > 0
            ? `rounded-lg border-l-4 border-blue-700 bg-blue-50 p-3 ${flash ? "motion-safe:animate-pulse ring-4 ring-blue-400" : ""}`
            : ""
        }
      >
        {arrivals.length > 0 ? (
          <>
            <p className="font-semibold">
              {arrivals.length === 1 ? "1 new submission" : `${arrivals.length} new submissions`} since you opened this
              page:
            </p>
            <ul className="mt-1 flex flex-wrap gap-3">
              {arrivals.map((a) => (
                <li key={a.id} className="flex items-center gap-1">
                  <TriageBadge level={a.triageLevel} />
                  <Link href={`/dashboard/submissions/${a.id}`} className="font-mono underline">
                    {a.referenceCode}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
