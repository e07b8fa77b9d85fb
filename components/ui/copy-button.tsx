"use client";

import { useState } from "react";
import { Button } from "./button";

/** Copies text and says so in a polite live region; the clipboard API can be refused, so say that too. */
export function CopyButton({
  text,
  label = "Copy link",
  copiedText = "Copied",
  failedText = "Could not copy: select the link and copy it",
}: {
  text: string;
  label?: string;
  copiedText?: string;
  failedText?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        className="no-print"
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState("copied"),
            () => setState("failed"),
          )
        }
      >
        {label}
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {state === "copied" ? copiedText : state === "failed" ? failedText : ""}
      </span>
    </span>
  );
}
