"use client";

import "./globals.css";

/**
 * When even the root layout fails, this replaces the whole document, so it brings its own <html> and <body> and
 * nothing that could fail again (no data, no shared layout).
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto max-w-xl space-y-5 px-4 py-8">
          <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
          <p className="text-lg">
            The portal could not be shown just now. If you were filling in the back pain form, your saved answers are
            still there: try again in a moment.
          </p>
          <p className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-lg">
            If you have a medical emergency, do not wait for this page: call your local emergency number now.
          </p>
          <button
            type="button"
            onClick={reset}
            className="inline-flex min-h-11 items-center rounded-lg bg-blue-800 px-5 py-2 font-semibold text-white"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
