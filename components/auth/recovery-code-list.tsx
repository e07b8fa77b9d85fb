import { CopyButton } from "@/components/ui/copy-button";

/** New recovery codes, shown once: after enrolment and after making a new set. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const asText = `Spine Intake recovery codes (each works once)\n\n${codes.join("\n")}\n`;
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
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton text={codes.join("\n")} label="Copy the codes" />
        {/* A data: link downloads without JavaScript and without sending the codes anywhere. */}
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(asText)}`}
          download="spine-intake-recovery-codes.txt"
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-5 py-2 font-semibold hover:bg-slate-100"
        >
          Download the codes as text
        </a>
      </div>
    </section>
  );
}
