import { describe, expect, it } from "vitest";
import { nestingDepthExceeds } from "../../lib/http/nesting-depth";

describe("how deep a request body nests, read before any parser", () => {
  it("counts arrays and objects inside each other, up to and past the limit", () => {
    expect(nestingDepthExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestingDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(nestingDepthExceeds(`${"[".repeat(5000)}${"]".repeat(5000)}`, 64)).toBe(true);
  });

  it("counts siblings once, not as one level each", () => {
    expect(nestingDepthExceeds(`[${"[],".repeat(1000)}[]]`, 2)).toBe(false);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(nestingDepthExceeds(`{"note":"${"[".repeat(100)}"}`, 1)).toBe(false);
    expect(nestingDepthExceeds(`{"note":"say \\"[[[[\\" twice"}`, 1)).toBe(false);
    expect(nestingDepthExceeds(`["\\\\",[[1]]]`, 2)).toBe(true);
  });
});
