import type { Metadata } from "next";
import { Counter } from "./counter";

// The baseline for `npm run bench:size`: the framework's own JavaScript plus one client component.
export const metadata: Metadata = { title: "Bare page", robots: { index: false } };
// Rendered per request like /intake, so both carry the same CSP nonce and load the same way.
export const dynamic = "force-dynamic";

export default function BarePage() {
  return <Counter />;
}
