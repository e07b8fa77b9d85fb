import { CAUSES, CLOSING_ADVICE } from "@/lib/domain/causes/catalog";
import type { PatientGuidance } from "@/lib/db/submissions/submit-intake";
import { Alert } from "@/components/ui/alert";
import { PrintButton } from "@/components/ui/print-button";
import { EmergencyAdvice } from "./emergency-advice";

export function Confirmation({ referenceCode, guidance }: { referenceCode: string; guidance: PatientGuidance }) {
  const causes = CAUSES.filter((c) => guidance.causes.includes(c.id));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Thank you — we have your answers</h1>
      {guidance.level === "EMERGENT" ? <EmergencyAdvice flags={guidance.flags} /> : null}
      {guidance.level === "URGENT" ? (
        <Alert tone="warning" title="Please get seen soon">
          <p>Contact your doctor or the clinic today. Some of your answers need a clinician to look at them quickly.</p>
          <ul className="list-disc pl-5">
            {guidance.flags.map((f) => (
              <li key={f.title}>{f.patientText}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <div className="rounded-xl bg-white p-6 shadow-sm">
        <p>Your reference code</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-widest" data-testid="reference-code">
          {referenceCode}
        </p>
        <p className="mt-3 text-slate-700">
          Keep this code. A clinician will review your answers and contact you. Quote the code if you call us.
        </p>
        <div className="mt-4">
          <PrintButton />
        </div>
      </div>
      {causes.length > 0 ? (
        <section aria-labelledby="things-that-may-help" className="space-y-3">
          <h2 id="things-that-may-help" className="text-xl font-semibold">
            Things that may help
          </h2>
          {causes.map((c) => (
            <div key={c.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h3 className="font-semibold">{c.name}</h3>
              <p>{c.education}</p>
            </div>
          ))}
        </section>
      ) : null}
      <p className="rounded-lg bg-blue-50 p-4">{CLOSING_ADVICE}</p>
      {/* A plain link, not next/link: prefetching this route would run it, and it forgets this browser's draft. */}
      <p className="no-print">
        <a href="/intake/new" className="font-semibold text-blue-800 underline underline-offset-2">
          Start a new intake
        </a>{" "}
        <span className="text-slate-700">(for someone else on this device)</span>
      </p>
    </div>
  );
}
