import { describe, expect, it } from "vitest";
import { canTransition, nextStatuses } from "../../lib/domain/submission/status-transitions";

describe("moving a submission through the clinic's workflow", () => {
  it("goes NEW → IN_REVIEW → CONTACTED → CLOSED", () => {
    expect(canTransition("NEW", "IN_REVIEW")).toBe(true);
    expect(canTransition("IN_REVIEW", "CONTACTED")).toBe(true);
    expect(canTransition("CONTACTED", "CLOSED")).toBe(true);
  });

  it("refuses skipping review or jumping back to NEW", () => {
    expect(canTransition("NEW", "CONTACTED")).toBe(false);
    expect(canTransition("NEW", "CLOSED")).toBe(false);
    expect(canTransition("IN_REVIEW", "NEW")).toBe(false);
    expect(canTransition("CLOSED", "NEW")).toBe(false);
  });

  it("lets a closed submission be re-opened for review when the patient calls back", () => {
    expect(nextStatuses("CLOSED")).toEqual(["IN_REVIEW"]);
  });
});
