import type { Metadata } from "next";
import Link from "next/link";
import { CallButton } from "@/components/intake/call-button";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";

export const metadata: Metadata = { title: "Page not found" };

/** For a mistyped or old link. A patient may have come here worried, so the emergency line comes first. */
export default async function NotFound() {
  // The page must render even when the database cannot answer: then the generic wording stands.
  const emergencyNumber = await getClinicSettings()
    .then((s) => s.emergencyNumber)
    .catch(() => null);
  return (
    <div className="mx-auto max-w-xl space-y-5 py-8">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="text-lg">The link may be old or mistyped. Nothing you entered has been lost because of this.</p>
      <p className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-lg">
        If you have a medical emergency, do not wait: call{" "}
        {emergencyNumber ? <strong>{emergencyNumber}</strong> : "your local emergency number"} now.
      </p>
      <CallButton phone={emergencyNumber} label={`Call ${emergencyNumber ?? ""} now`} tone="emergency" />
      <ul className="list-disc space-y-2 pl-6 text-lg">
        <li>
          <Link href="/intake" className="underline">
            Start or continue your back pain form
          </Link>
        </li>
        <li>
          <Link href="/" className="underline">
            Go to the start page
          </Link>
        </li>
        <li>
          Clinic staff:{" "}
          <Link href="/dashboard" className="underline">
            go to the triage queue
          </Link>
        </li>
      </ul>
    </div>
  );
}
