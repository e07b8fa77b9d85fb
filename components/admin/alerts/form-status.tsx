import type { FormResult } from "@/lib/form-result";

/** The outcome of a form's action, announced politely to screen readers. */
export function FormStatus({ result }: { result: FormResult | null }) {
  return (
    <p role="status" className={result && !result.ok ? "font-semibold text-red-700" : "font-semibold text-green-800"}>
      {result ? (result.ok ? result.message : result.error) : ""}
    </p>
  );
}
