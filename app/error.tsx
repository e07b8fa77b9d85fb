"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/**
 * An unexpected failure while showing a page. It says what to do next in plain words and never shows the error
 * itself (it could carry patient data); the server has logged it without that. Kept free of data fetching, since
 * the failure may be the database.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mx-auto max-w-xl space-y-5 py-8">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold outline-none">
        Something went wrong on our side
      </h1>
      <p className="text-lg">
        This page could not be shown just now. If you were filling in the back pain form, your saved answers are still
        there: try again in a moment.
      </p>
      <p className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-lg">
        If you have a medical emergency, do not wait for this page: call your local emergency number now.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className="text-lg underline">
          Go to the start page
        </Link>
      </div>
    </div>
  );
}
