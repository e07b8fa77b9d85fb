import { resultMessage, type ActionResult } from "@/lib/actions/action-result";

/** The outcome of a form's action, announced politely to screen readers. */
export function FormStatus({ result }: { result: ActionResult | null }) {
  return (
    <p role="status" className={result && !result.ok ? "font-semibold text-red-700" : "font-semibold text-green-800"}>
      {resultMessage(result)}
    </p>
  );
}
