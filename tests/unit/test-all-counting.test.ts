// `npm test` (scripts/test-all.sh) once printed "553 passed, 0 failed" with the e2e suite not run at all: Playwright's
// report had 0 tests and a top-level error. These run the script's own counting and port check on such cases.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "test-all-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What test-all.sh reads from the counting script: passed, failed, and the reasons it printed. */
async function count(report: unknown, kind: "vitest" | "playwright" | "stryker", exitCode = 0) {
  const file = path.join(dir, `${kind}-${Math.random().toString(36).slice(2)}.json`);
  if (report !== undefined) fs.writeFileSync(file, typeof report === "string" ? report : JSON.stringify(report));
  const { stdout, stderr } = await run("node", ["scripts/test-all/count-report.mjs", file, kind, String(exitCode)]);
  const [passed, failed] = stdout.trim().split(" ").map(Number);
  return { passed, failed, why: stderr };
}

const vitestReport = (fields: Record<string, unknown>) => ({
  success: true,
  numTotalTests: 3,
  numPassedTests: 3,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  numRuntimeErrorTestSuites: 0,
  ...fields,
});

// Each case starts a Node process; on a loaded 2-core machine that alone can take seconds.
describe("how npm test counts a suite", { timeout: 30_000 }, () => {
  it("counts a clean Playwright run as its tests", async () => {
    expect(
      await count({ stats: { expected: 5, unexpected: 0, flaky: 1, skipped: 0 }, errors: [] }, "playwright"),
    ).toEqual({ passed: 6, failed: 0, why: "" });
  });

  it("fails a Playwright run whose web server never started (0 tests and a top-level error)", async () => {
    const report = {
      stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
      errors: [
        {
          message:
            "Error: http://127.0.0.1:3210/api/health is already used, make sure that nothing is running on the port\n  at …",
        },
      ],
    };
    const result = await count(report, "playwright", 1);
    expect(result).toMatchObject({ passed: 0, failed: 2 });
    expect(result.why).toMatch(/top-level error: Error: http:\/\/127.0.0.1:3210\/api\/health is already used/);
    expect(result.why).toMatch(/no test ran/);
  });

  it("fails a Playwright run that stopped part-way, leaving tests it holds not run", async () => {
    const result = await count(
      { stats: { expected: 40, unexpected: 0, flaky: 0, skipped: 12 }, errors: [] },
      "playwright",
      1,
    );
    expect(result).toMatchObject({ passed: 40, failed: 1 });
    expect(result.why).toMatch(/12 test\(s\) did not run/);
  });

  it("fails a run with no tests even when the runner says nothing went wrong", async () => {
    expect(await count({ stats: { expected: 0, unexpected: 0, flaky: 0 }, errors: [] }, "playwright")).toMatchObject({
      failed: 1,
    });
    expect(await count(vitestReport({ numTotalTests: 0, numPassedTests: 0 }), "vitest")).toMatchObject({ failed: 1 });
  });

  it("fails a Vitest run with a file that did not load, or tests that neither passed nor failed", async () => {
    const broken = await count(vitestReport({ success: false, numRuntimeErrorTestSuites: 1 }), "vitest", 1);
    expect(broken).toMatchObject({ passed: 3, failed: 1 });
    expect(broken.why).toMatch(/1 test file\(s\) failed to run/);
    const missing = await count(vitestReport({ numTotalTests: 5 }), "vitest");
    expect(missing).toMatchObject({ passed: 3, failed: 1 });
    expect(missing.why).toMatch(/2 test\(s\) neither passed nor failed/);
  });

  it("fails a suite whose runner exited non-zero though its report shows no failure", async () => {
    const result = await count(vitestReport({}), "vitest", 2);
    expect(result).toMatchObject({ passed: 3, failed: 1 });
    expect(result.why).toMatch(/exited with 2/);
  });

  it("counts failed tests once, not again for the exit code they caused", async () => {
    expect(await count(vitestReport({ success: false, numPassedTests: 2, numFailedTests: 1 }), "vitest", 1)).toEqual({
      passed: 2,
      failed: 1,
      why: "",
    });
  });

  it("fails a suite with no report, or one that is not JSON", async () => {
    expect(await count(undefined, "playwright", 1)).toMatchObject({ passed: 0, failed: 1 });
    expect(await count("{ half a rep", "vitest")).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe("the e2e stage's port check", { timeout: 30_000 }, () => {
  it("refuses, naming the port, when a stale server holds it; passes when the port is free", async () => {
    const server = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as net.AddressInfo;
    const taken = await run("node", ["scripts/test-all/port-free.mjs", String(port)]).catch((e: unknown) => e);
    expect(taken).toMatchObject({ code: 1 });
    expect((taken as { stderr: string }).stderr).toMatch(new RegExp(`port ${port} is already in use`));
    await new Promise((resolve) => server.close(resolve));
    await expect(run("node", ["scripts/test-all/port-free.mjs", String(port)])).resolves.toMatchObject({ stderr: "" });
  });
});

describe("how npm test counts the mutation run", () => {
  const mutants = (...statuses: string[]) => ({
    files: { "lib/domain/triage/evaluate.ts": { mutants: statuses.map((status, id) => ({ id: String(id), status })) } },
  });

  it("counts a run at or above the break threshold as one passed test, and says the score", async () => {
    const result = await count(mutants("Killed", "Killed", "Timeout", "Survived", "Ignored"), "stryker", 0);
    expect(result).toEqual({ passed: 1, failed: 0, why: "mutation score 75% (3/4)\n" });
  });

  it("fails a run under the break threshold (Stryker exits 1), naming the score", async () => {
    const result = await count(mutants("Killed", "Survived", "NoCoverage"), "stryker", 1);
    expect(result).toMatchObject({ passed: 0, failed: 1 });
    expect(result.why).toMatch(/mutation score 33.33% is under the break threshold/);
  });

  it("fails a mutation run that tested nothing, or left no report", async () => {
    const nothing = await count(mutants("Ignored", "CompileError"), "stryker", 0);
    expect(nothing).toMatchObject({ passed: 0, failed: 1 });
    expect(nothing.why).toMatch(/no mutant was tested/);
    expect(await count(undefined, "stryker", 1)).toMatchObject({ passed: 0, failed: 1 });
  });
});
