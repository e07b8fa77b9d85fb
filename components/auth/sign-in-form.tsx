"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { CODE_REQUIRED, GENERIC_SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // After a right password on an account with two-factor sign-in, the same form asks for the code.
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      code: String(data.get("code") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.error === CODE_REQUIRED) {
      setNeedsCode(true);
      return;
    }
    // One message for every failure: it must not reveal whether the email has an account or is locked.
    if (!result || result.error) setError(GENERIC_SIGN_IN_ERROR);
    else window.location.assign(returnTo);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error ? <Alert tone="warning" title={error} live /> : null}
      <div className="space-y-1">
        <label htmlFor="email" className="block font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-semibold">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </div>
      {needsCode ? (
        <div className="space-y-1">
          <label htmlFor="code" className="block font-semibold">
            Authenticator code
          </label>
          <p id="code-hint" className="text-sm text-slate-600">
            The 6-digit code from your authenticator app, or one of your recovery codes.
          </p>
          <input
            id="code"
            name="code"
            autoComplete="one-time-code"
            aria-describedby="code-hint"
            required
            autoFocus
            className={inputClass}
          />
        </div>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
