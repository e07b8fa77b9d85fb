import { CAUSE_IDS } from "@/lib/domain/causes/catalog";
import type { PatientGuidance } from "@/lib/db/submissions/submit-intake";
import { format, type Direction, type Messages } from "@/lib/i18n/messages";
import { PrintButton } from "@/components/ui/print-button";
import { CallButton } from "./call-button";
import type { ClinicContact } from "./clinic-contact";
import { emergencyInstruction } from "./emergency-text";

type Cause = { id: string; name: string; education: string };

/**
 * One message per level, and nothing that contradicts it: an emergency page says only "get help now"
 * (with the call button as its one primary action); an urgent page says "contact us today"; only a
 * routine page carries self-care and what happens next.
 */
export function Confirmation({
  referenceCode,
  guidance,
  contact,
  m,
  dir,
}: {
  referenceCode: string;
  /** Its flags' texts already in the patient's language (the page reads them from the version). */
  guidance: PatientGuidance;
  contact: ClinicContact;
  m: Messages;
  dir: Direction;
}) {
  const c = m.confirmation;
  const causes = CAUSE_IDS.filter((id) => guidance.causes.includes(id)).map((id) => ({ id, ...m.causes[id] }));
  if (guidance.level === "EMERGENT") {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <div className="space-y-4 rounded-xl border-s-8 border-red-700 bg-red-50 p-6 text-red-950">
          <h1 className="text-2xl font-bold">{m.safety.emergencyTitle}</h1>
          <p className="text-lg">{emergencyInstruction(contact, m, dir)}</p>
          <CallButton
            phone={contact.emergencyNumber}
            label={
              contact.emergencyNumber
                ? format(m.safety.callNumber, { number: contact.emergencyNumber }, dir)
                : m.safety.call
            }
            tone="emergency"
          />
          <ul className="list-disc space-y-1 ps-5">
            {guidance.flags.map((f) => (
              <li key={f.title}>{f.patientText}</li>
            ))}
          </ul>
        </div>
        <ReferenceCode code={referenceCode} m={m}>
          {c.emergencyCode}
        </ReferenceCode>
        {causes.length > 0 ? (
          <details className="no-print rounded-lg bg-white p-4 shadow-sm">
            <summary className="cursor-pointer font-semibold">{c.forLater}</summary>
            <CauseCards causes={causes} />
          </details>
        ) : null}
      </div>
    );
  }
  if (guidance.level === "URGENT") {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <div className="space-y-3 rounded-xl border-s-8 border-amber-600 bg-amber-50 p-6 text-amber-950">
          <h1 className="text-2xl font-bold">{c.urgentTitle}</h1>
          <p>
            {c.urgentLead}{" "}
            {contact.clinicPhone
              ? contact.openingHours
                ? format(c.urgentCallWithHours, { phone: contact.clinicPhone, hours: contact.openingHours }, dir)
                : format(c.urgentCall, { phone: contact.clinicPhone }, dir)
              : c.urgentContact}
          </p>
          <CallButton phone={contact.clinicPhone} label={m.safety.callClinic} tone="clinic" />
          <ul className="list-disc space-y-1 ps-5">
            {guidance.flags.map((f) => (
              <li key={f.title}>{f.patientText}</li>
            ))}
          </ul>
        </div>
        <ReferenceCode code={referenceCode} m={m}>
          {c.urgentCode}
        </ReferenceCode>
        <SafetyNet contact={contact} m={m} dir={dir} />
        <NewIntakeLink m={m} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{c.thanks}</h1>
      <ReferenceCode code={referenceCode} m={m}>
        {contact.responseTime ? format(c.routineCodeWithTime, { time: contact.responseTime }, dir) : c.routineCode}
      </ReferenceCode>
      <SafetyNet contact={contact} m={m} dir={dir} />
      {causes.length > 0 ? (
        <section aria-labelledby="things-that-may-help" className="space-y-3">
          <h2 id="things-that-may-help" className="text-xl font-semibold">
            {c.helpTitle}
          </h2>
          <CauseCards causes={causes} />
        </section>
      ) : null}
      <p className="rounded-lg bg-blue-50 p-4">{c.closingAdvice}</p>
      <NewIntakeLink m={m} />
    </div>
  );
}

function ReferenceCode({ code, children, m }: { code: string; children: React.ReactNode; m: Messages }) {
  return (
    <div className="rounded-xl bg-white p-6 shadow-sm">
      <p>{m.confirmation.referenceCode}</p>
      <p className="mt-1 font-mono text-3xl font-bold tracking-widest" data-testid="reference-code">
        {code}
      </p>
      <p className="mt-3 text-slate-700">{children}</p>
      <div className="no-print mt-4">
        <PrintButton>{m.confirmation.print}</PrintButton>
      </div>
    </div>
  );
}

function SafetyNet({ contact, m, dir }: { contact: ClinicContact; m: Messages; dir: Direction }) {
  const c = m.confirmation;
  return (
    <section aria-labelledby="when-to-get-help" className="space-y-2 rounded-xl bg-white p-6 shadow-sm">
      <h2 id="when-to-get-help" className="text-xl font-semibold">
        {c.whenToGetHelp}
      </h2>
      <p>
        {contact.emergencyNumber
          ? format(c.signsWithNumber, { number: contact.emergencyNumber }, dir)
          : c.signsNoNumber}
      </p>
      <ul className="list-disc space-y-1 ps-5">
        {c.signs.map((sign) => (
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

function NewIntakeLink({ m }: { m: Messages }) {
  // A plain link, not next/link: prefetching this route would run it, and it forgets this browser's progress.
  return (
    <p className="no-print">
      <a href="/intake/new" className="font-semibold text-blue-800 underline underline-offset-2">
        {m.confirmation.newIntake}
      </a>{" "}
      <span className="text-slate-700">{m.confirmation.newIntakeNote}</span>
    </p>
  );
}
