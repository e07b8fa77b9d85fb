import { describe, expect, it } from "vitest";
import { isLocalHostName, isPrivateAddress } from "../../lib/domain/alerts/private-address";

describe("where an admin may point alerts", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.5",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.20",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "[::1]",
    "fe80::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:10.1.2.3",
  ])("refuses the private or local address %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "172.32.0.1", "192.169.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "accepts the public address %s",
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  it("treats localhost and local-network names as local before any lookup", () => {
    for (const host of ["localhost", "LOCALHOST.", "api.localhost", "printer.local", "metadata.google.internal"])
      expect(isLocalHostName(host)).toBe(true);
    expect(isLocalHostName("hooks.clinic.example")).toBe(false);
  });
});
