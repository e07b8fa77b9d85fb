import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

/** Asks for the 6-digit code an authenticator app shows, for an action that checks it. */
export function AppCodeForm({
  id,
  action,
  message,
  pending,
  submitLabel,
}: {
  id: string;
  action: (data: FormData) => void;
  message?: string;
  pending: boolean;
  submitLabel: string;
}) {
  return (
    <form action={action} className="space-y-4">
      {message ? <Alert tone="warning" title={message} live /> : null}
      <div className="space-y-1">
        <label htmlFor={id} className="block font-semibold">
          Code from your app
        </label>
        <input
          id={id}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          required
          className={inputClass}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : submitLabel}
      </Button>
    </form>
  );
}
