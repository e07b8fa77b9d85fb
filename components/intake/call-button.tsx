import { telHref } from "./clinic-contact";

const TONES = {
  emergency: "bg-red-700 text-white hover:bg-red-800",
  clinic: "border-2 border-slate-700 bg-white text-slate-900 hover:bg-slate-100",
} as const;

/**
 * A large tap-to-call link. With no usable number it renders nothing: an empty `tel:` link would
 * look like help and do nothing when tapped.
 */
export function CallButton({ phone, label, tone }: { phone: string | null; label: string; tone: keyof typeof TONES }) {
  const href = telHref(phone);
  if (!href) return null;
  return (
    <a
      href={href}
      className={`inline-flex min-h-12 w-full items-center justify-center rounded-lg px-5 py-3 text-lg font-bold sm:w-auto ${TONES[tone]}`}
    >
      {label}
    </a>
  );
}
