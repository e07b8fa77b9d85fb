"use client";

import { useState } from "react";

/**
 * Signs out through NextAuth's own endpoint, as `signOut()` from next-auth/react does (fetch the CSRF token, POST
 * /api/auth/signout, follow the answer), without shipping that library to every staff page: it was the largest
 * piece of JavaScript on the queue after the framework itself.
 */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    const callbackUrl = "/signin";
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
      });
      const { url } = (await response.json()) as { url?: string };
      window.location.href = url ?? callbackUrl;
    } catch {
      // The sign-out page itself asks again and works without this script.
      window.location.href = new URL("/api/auth/signout", window.location.origin).href;
    }
  }
  return (
    <button type="button" onClick={() => void signOut()} disabled={busy} className="underline">
      Sign out
    </button>
  );
}
