import { describe, expect, it } from "vitest";
import { causesByName, flagsInClinicalOrder } from "../../lib/domain/queue/filter-order";

describe("filter lists in clinical order", () => {
  it("lists EMERGENT red flags before URGENT ones, each by title", () => {
    const ordered = flagsInClinicalOrder([
      { id: "a", title: "Fever", severity: "URGENT" },
      { id: "b", title: "Saddle numbness", severity: "EMERGENT" },
      { id: "c", title: "bladder change", severity: "EMERGENT" },
      { id: "d", title: "Cancer history", severity: "URGENT" },
    ]);
    expect(ordered.map((r) => r.id)).toEqual(["c", "b", "d", "a"]);
  });

  it("lists causes by name", () => {
    expect(causesByName([{ name: "Posture" }, { name: "disc" }, { name: "Mattress" }]).map((c) => c.name)).toEqual([
      "disc",
      "Mattress",
      "Posture",
    ]);
  });
});
