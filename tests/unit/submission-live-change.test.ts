import { describe, expect, it } from "vitest";
import { shownFacts, withChange, type SubmissionFacts } from "@/lib/domain/submission/live-change";

const rendered: SubmissionFacts = { rowVersion: 3, acknowledgement: null, status: "NEW", assignee: null, notes: [] };
const ada = { id: "u1", name: "Ada" };
const note = { id: "n1", authorName: "Ada", body: "Called.", at: "", atText: "", utcText: "" };

describe("a submission page after a clinician's change, without rendering it again", () => {
  it("shows each change and keeps the earlier ones: taken, moved on, noted", () => {
    let local = withChange(null, rendered, { rowVersion: 4, assignee: ada });
    local = withChange(local, rendered, { rowVersion: 5, status: "IN_REVIEW" });
    local = withChange(local, rendered, { rowVersion: 6, note });
    expect(shownFacts(local, rendered)).toEqual({
      rowVersion: 6,
      acknowledgement: null,
      status: "IN_REVIEW",
      assignee: ada,
      notes: [note],
    });
  });

  it("shows an unassignment as nobody, not as the previous assignee", () => {
    const taken = withChange(null, rendered, { rowVersion: 4, assignee: ada });
    expect(shownFacts(withChange(taken, rendered, { rowVersion: 5, assignee: null }), rendered).assignee).toBeNull();
  });

  it("lets a later full render win, so the page never goes back to an older state", () => {
    const local = withChange(null, rendered, { rowVersion: 4, assignee: ada });
    const newer: SubmissionFacts = {
      ...rendered,
      rowVersion: 5,
      status: "CONTACTED",
      assignee: { id: "u2", name: "Bo" },
    };
    expect(shownFacts(local, newer)).toBe(newer);
  });

  it("ignores an answer no newer than what the page shows", () => {
    const local = withChange(null, rendered, { rowVersion: 5, status: "IN_REVIEW" });
    expect(withChange(local, rendered, { rowVersion: 4, status: "CLOSED" })).toBe(local);
  });
});
