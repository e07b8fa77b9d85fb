import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { startNewIntakeAction } from "@/lib/actions/intake/start-new-intake";

export const metadata: Metadata = { title: "Start a new intake" };

/** "Start a new intake" on a shared device. Visiting this page changes nothing; the button does. */
export default function StartNewIntakePage() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-4">
      <h1 className="text-2xl font-bold">Start a new intake</h1>
      <p>
        This forgets any unfinished answers and the last confirmation saved in this browser, so the next person starts
        afresh.
      </p>
      <form action={startNewIntakeAction}>
        <Button type="submit">Start a new intake</Button>
      </form>
    </div>
  );
}
