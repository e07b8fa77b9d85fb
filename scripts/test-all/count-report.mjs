// Reads a test runner's JSON report and prints "passed failed" for scripts/test-all.sh. A report can say "0 failed"
// and still mean nothing ran (Playwright could not start its web server; a suite failed to load), so:
// a top-level error, a suite that errored, or a run with no tests counts as a failure, never as a pass.
// A Stryker mutation report counts as one test: passed when mutants were tested and Stryker exited 0 (it exits 1 when
// the score is under `thresholds.break`); the score is printed either way.
// Usage: node scripts/test-all/count-report.mjs <report.json> <vitest|playwright|stryker> [runner exit code]
import fs from "node:fs";

export function countReport(report, kind, exitCode = 0) {
  const problems = [];
  let passed = 0;
  let failed = 0;
  if (kind === "stryker") {
    const mutants = Object.values(report.files ?? {}).flatMap((file) => file.mutants ?? []);
    const n = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
    const detected = n("Killed", "Timeout");
    const valid = detected + n("Survived", "NoCoverage");
    const score = valid > 0 ? Math.floor((detected / valid) * 10000) / 100 : 0;
    if (valid === 0) problems.push("no mutant was tested");
    else if (exitCode !== 0) problems.push(`mutation score ${score}% is under the break threshold (or Stryker failed)`);
    const ok = problems.length === 0;
    return {
      passed: ok ? 1 : 0,
      failed: ok ? 0 : 1,
      problems,
      note: `mutation score ${score}% (${detected}/${valid})`,
    };
  }
  if (kind === "playwright") {
    const stats = report.stats ?? {};
    passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed = stats.unexpected ?? 0;
    for (const error of report.errors ?? []) problems.push(`top-level error: ${firstLine(error.message)}`);
    if (passed + failed === 0) problems.push("no test ran");
    // The e2e suite skips nothing on purpose, so a skipped test is one an interrupted run (max failures, a global
    // timeout, a stopped server) never reached: the suite ran fewer tests than it holds.
    if ((stats.skipped ?? 0) > 0) problems.push(`${stats.skipped} test(s) did not run`);
  } else {
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
    const broken = report.numRuntimeErrorTestSuites ?? 0;
    if (broken > 0) problems.push(`${broken} test file(s) failed to run`);
    // A file that failed to load reports its tests as neither passed nor failed.
    const unaccounted =
      (report.numTotalTests ?? 0) - passed - failed - (report.numPendingTests ?? 0) - (report.numTodoTests ?? 0);
    if (unaccounted > 0) problems.push(`${unaccounted} test(s) neither passed nor failed`);
    if (passed + failed === 0) problems.push("no test ran");
    if (report.success === false && failed === 0 && problems.length === 0) problems.push("the report says it failed");
  }
  if (exitCode !== 0 && failed === 0 && problems.length === 0) problems.push(`the runner exited with ${exitCode}`);
  return { passed, failed: failed + problems.length, problems };
}

const firstLine = (text) => String(text ?? "").split("\n")[0];

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, kind, exitCode = "0"] = process.argv.slice(2);
  let result;
  try {
    result = countReport(JSON.parse(fs.readFileSync(file, "utf8")), kind, Number(exitCode));
  } catch (error) {
    result = { passed: 0, failed: 1, problems: [`no readable report from ${kind} (${firstLine(error.message)})`] };
  }
  for (const problem of result.problems) console.error(`FAILED: ${kind}: ${problem}`);
  if (result.note && result.problems.length === 0) console.error(result.note);
  console.log(`${result.passed} ${result.failed}`);
}
