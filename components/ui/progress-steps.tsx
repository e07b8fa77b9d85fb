/** "Step 3 of 7" in words for everyone, and as a bar for those who see it. */
export function ProgressSteps({
  current,
  total,
  label,
  words,
}: {
  current: number;
  total: number;
  label?: string;
  /** The page's own language: "Step 3 of 7" and the bar's name. */
  words?: { step: string; progress: string };
}) {
  const step = words?.step ?? `Step ${current} of ${total}`;
  return (
    <div>
      <p className="text-slate-700">
        <span className="font-semibold">{step}</span>
        {label ? <span className="text-slate-600"> · {label}</span> : null}
      </p>
      <div
        role="progressbar"
        aria-label={words?.progress ?? "Progress"}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={step}
        className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-blue-800 transition-[width]"
          style={{ width: `${Math.round((current / total) * 100)}%` }}
        />
      </div>
    </div>
  );
}
