const STYLES = {
  EMERGENT: "bg-red-700 text-white",
  URGENT: "bg-amber-400 text-amber-950",
  ROUTINE: "bg-slate-200 text-slate-900",
} as const;

export function TriageBadge({ level }: { level: keyof typeof STYLES }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-bold tracking-wide ${STYLES[level]}`}>{level}</span>
  );
}
