import { describe, expect, it } from "vitest";
import { metricsAccess } from "@/lib/observability/metrics-token";
import { routeMatcher } from "@/scripts/lib/request-observer.mjs";

describe("who may read the metrics", () => {
  const token = "a-long-metrics-token-1234";

  it("nobody while no token is set: the endpoint looks absent", () => {
    expect(metricsAccess(undefined, `Bearer ${token}`)).toBe("disabled");
  });

  it("only a caller sending the token as a Bearer credential", () => {
    expect(metricsAccess(token, `Bearer ${token}`)).toBe("allowed");
    expect(metricsAccess(token, `bearer ${token}`)).toBe("allowed");
    expect(metricsAccess(token, null)).toBe("refused");
    expect(metricsAccess(token, "Bearer ")).toBe("refused");
    expect(metricsAccess(token, `Basic ${token}`)).toBe("refused");
    expect(metricsAccess(token, `Bearer ${token}x`)).toBe("refused");
  });
});

describe("request timing labels", () => {
  it("never carry an address as sent: without a build every page reads as unmatched, the build's files as one route", () => {
    const routeOf = routeMatcher("/nonexistent-build-dir");
    expect(routeOf("/intake/resume?token=secret")).toBe("unmatched");
    expect(routeOf("/_next/static/chunks/app.js")).toBe("/_next/static");
  });
});
