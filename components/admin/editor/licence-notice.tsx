import type { LicenceLock } from "@/lib/domain/question-set/licensed-instruments";

/**
 * Why a part of the draft is shown read-only: the licensed instrument it belongs to fixes it. Its id is the
 * `aria-describedby` of the locked fields, so a screen reader hears the reason with each of them.
 */
export function LicenceNotice({ id, lock, fixed }: { id: string; lock: LicenceLock; fixed: string }) {
  return (
    <p id={id} className="rounded border border-amber-400 bg-amber-50 p-2 text-sm">
      Fixed by the <strong>{lock.name}</strong> licence: {fixed} cannot be changed here ({lock.copyright}; licence:{" "}
      {lock.licence}).
    </p>
  );
}
