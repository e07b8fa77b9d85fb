import { CAUSES, CLOSING_ADVICE } from "@/lib/domain/causes/catalog";
import { EMERGENCY_SIGNS } from "@/lib/domain/causes/safety-net";
import type { PatientGuidance } from "@/lib/db/submissions/submit-intake";
import { PrintButton } from "@/components/ui/print-button";
import { CallButton } from "./call-button";
import type { ClinicContact } from "./clinic-contact";
import { emergencyInstruction } from "./emergency-text";

type Cause = (typeof CAUSES)[number];

/**
 * One message per level, and nothing that contradicts it: an emergency page says only "get help now"
 * (with the call button as its one primary action); an urgent page says "contact us today"; only a
 * routine page carries self-care and what happens next.
 */
export function Confirmation({
  referenceCode,
  guidance,
  contact,
}: {
  referenceCode: string;
  guidance: PatientGuidance;
  contact: ClinicContact;
}) {
  const causes = CAUSES.filter((c) => guidance.causes.includes(c.id));
  if (guidance.level === "EMERGENT") {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <div className="space-y-4 rounded-xl border-l-8 border-red-700 bg-red-50 p-6 text-red-950">
          <h1 className="text-2xl font-bold">Get emergency help now</h1>
          <p className="text-lg">{emergencyInstruction(contact)}</p>
          <CallButton
            phone={contact.emergencyNumber}
            label={`Call ${contact.emergencyNumber ?? ""}`}
            tone="emergency"
          />
          <ul className="list-disc space-y-1 pl-5">
            {guidance.flags.map((f) => (
              <li key={f.title}>{f.patientText}</li>
            ))}
          </ul>
        </div>
        <ReferenceCode code={referenceCode}>
          The clinic has your answers. If you speak to the clinic, give them this code.
        </ReferenceCode>
        {causes.length > 0 ? (
          <details className="no-print rounded-lg bg-white p-4 shadow-sm">
            <summary className="cursor-pointer font-semibold">For later, once you have been seen</summary>
            <CauseCards causes={causes} />
          </details>
        ) : null}
      </div>
    );
  }
  if (guidance.level === "URGENT") {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <div className="space-y-3 rounded-xl border-l-8 border-amber-600 bg-amber-50 p-6 text-amber-950">
          <h1 className="text-2xl font-bold">Please contact the clinic today</h1>
          <p>
            Some of your answers need a clinician to look at them soon.{" "}
            {contact.clinicPhone
              ? `Call the clinic on ${contact.clinicPhone}${contact.openingHours ? ` (open ${contact.openingHours})` : ""}, or your own doctor, today.`
              : "Contact the clinic or your own doctor today."}
          </p>
          <CallButton phone={contact.clinicPhone} label="Call the clinic" tone="clinic" />
          <ul className="list-disc space-y-1 pl-5">
            {guidance.flags.map((f) => (
              <li key={f.title}>{f.patientText}</li>
            ))}
          </ul>
        </div>
        <ReferenceCode code={referenceCode}>Give this code when you call, so we can find your answers.</ReferenceCode>
        <SafetyNet contact={contact} />
        <NewIntakeLink />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Thank you — we have your answers</h1>
      <ReferenceCode code={referenceCode}>
        A clinician will read your answers and contact you
        {contact.responseTime ? ` ${contact.responseTime}` : " soon"}. If you call us, give this code.
      </ReferenceCode>
      <SafetyNet contact={contact} />
      {causes.length > 0 ? (
        <section aria-labelledby="things-that-may-help" className="space-y-3">
          <h2 id="things-that-may-help" className="text-xl font-semibold">
            Things that may help
          </h2>
          <CauseCards causes={causes} />
        </section>
      ) : null}
      <p className="rounded-lg bg-blue-50 p-4">{CLOSING_ADVICE}</p>
      <NewIntakeLink />
    </div>
  );
}

function ReferenceCode({ code, children }: { code: string; children: React.ReactNode }) {
  return (
    <div className="rounded-xl bg-white p-6 shadow-sm">
      <p>Your reference code</p>
      <p className="mt-1 font-mono text-3xl font-bold tracking-widest" data-testid="reference-code">
        {code}
      </p>
      <p className="mt-3 text-slate-700">{children}</p>
      <div className="no-print mt-4">
        <PrintButton />
      </div>
    </div>
  );
}

function SafetyNet({ contact }: { contact: ClinicContact }) {
  return (
    <section aria-labelledby="when-to-get-help" className="space-y-2 rounded-xl bg-white p-6 shadow-sm">
      <h2 id="when-to-get-help" className="text-xl font-semibold">
        When to get emergency help
      </h2>
      <p>
        {contact.emergencyNumber ? `Call ${contact.emergencyNumber}` : "Call your local emergency number"} or go to an
        emergency department straight away if you get any of these:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {EMERGENCY_SIGNS.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
    </section>
  );
}

function CauseCards({ causes }: { causes: readonly Cause[] }) {
  return (
    <div className="mt-3 space-y-3">
      {causes.map((c) => (
        <div key={c.id} className="rounded-lg bg-white p-4 shadow-sm">
          <h3 className="font-semibold">{c.name}</h3>
          <p>{c.education}</p>
        </div>
      ))}
    </div>
  );
}

function NewIntakeLink() {
  // A plain link, not next/link: prefetching this route would run it, and it forgets this browser's draft.
  return (
    <p className="no-print">
      <a href="/intake/new" className="font-semibold text-blue-800 underline underline-offset-2">
        Start a new intake
      </a>{" "}
      <span className="text-slate-700">(for someone else on this device)</span>
    </p>
  );
}
