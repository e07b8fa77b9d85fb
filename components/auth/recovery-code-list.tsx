/** New recovery codes, shown once: after enrolment and after making a new set. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-heading" className="space-y-4">
      <h2 id="recovery-heading" className="text-xl font-semibold">
        Your recovery codes
      </h2>
      <p>Each code signs you in once if you lose your phone. Keep them somewhere safe now: they are not shown again.</p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 font-mono">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
