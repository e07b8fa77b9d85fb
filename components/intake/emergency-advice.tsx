import { Alert } from "@/components/ui/alert";

/** Shown the moment an answer fires an EMERGENT rule, and again after submitting. Never blocks the form. */
export function EmergencyAdvice({
  flags,
  live = false,
}: {
  flags: { title: string; patientText: string }[];
  live?: boolean;
}) {
  return (
    <Alert tone="emergency" title="Get emergency help now" live={live}>
      <p>
        Call your local emergency number or go to the nearest emergency department now. Do not wait for the clinic to
        contact you.
      </p>
      <ul className="list-disc pl-5">
        {flags.map((f) => (
          <li key={f.title}>{f.patientText}</li>
        ))}
      </ul>
      {live ? <p>You can still finish this form so the clinic has your details.</p> : null}
    </Alert>
  );
}
