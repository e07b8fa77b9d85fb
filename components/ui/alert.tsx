import type { ReactNode } from "react";

const TONES = {
  emergency: "border-red-700 bg-red-50 text-red-950",
  warning: "border-amber-600 bg-amber-50 text-amber-950",
  info: "border-blue-700 bg-blue-50 text-blue-950",
  success: "border-green-700 bg-green-50 text-green-950",
} as const;

/** `role="alert"` interrupts a screen reader: use it only for what needs attention now. */
export function Alert({
  tone,
  title,
  children,
  live = false,
}: {
  tone: keyof typeof TONES;
  title: string;
  children?: ReactNode;
  live?: boolean;
}) {
  return (
    <div role={live ? "alert" : undefined} className={`rounded-lg border-l-4 p-4 ${TONES[tone]}`}>
      <p className="font-bold">{title}</p>
      {children ? <div className="mt-1 space-y-1">{children}</div> : null}
    </div>
  );
}
