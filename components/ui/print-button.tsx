"use client";

import { Button } from "./button";

export function PrintButton({ children = "Print this page" }: { children?: string }) {
  return (
    <Button variant="secondary" className="no-print" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
