"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { placeProblem, type PlacedProblem } from "@/lib/domain/question-set/editor/validate";
import type { ActionResult } from "@/lib/actions/action-result";
import type { PublishChoice } from "./publish-dialog";
import type { useAutosave } from "./use-autosave";

/** The publish server action, passed down from the page. */
export type PublishDraft = (
  input: { versionId: string } & PublishChoice,
) => Promise<ActionResult<object, { problems?: { path: string; message: string }[] }>>;

/**
 * Publishing: every pending save first (the server publishes what it has stored), then the action; its refusals
 * become a notice, and the server's problem list replaces the browser's (the server's check is the one that counts).
 */
export function usePublish({
  versionId,
  autosave,
  publishDraft,
  current,
  setNotice,
}: {
  versionId: string;
  autosave: ReturnType<typeof useAutosave>;
  publishDraft: PublishDraft;
  current: () => Definition;
  setNotice: (notice: string | null) => void;
}) {
  const router = useRouter();
  const [publishing, setPublishing] = useState(false);
  const [serverProblems, setServerProblems] = useState<PlacedProblem[] | null>(null);

  async function publish(choice: PublishChoice) {
    setPublishing(true);
    if (!(await autosave.flush()) && (autosave.isDirty() || autosave.isStale())) {
      setPublishing(false);
      return;
    }
    const result = await publishDraft({ versionId, ...choice });
    setPublishing(false);
    if (result.ok) {
      router.push("/admin?status=published");
      return;
    }
    if (result.code === "invalid" && result.problems) {
      const definition = current();
      setServerProblems(result.problems.map((p) => placeProblem(definition, p)));
    }
    setNotice(result.message);
  }

  return { publish, publishing, serverProblems, clearServerProblems: () => setServerProblems(null) };
}
