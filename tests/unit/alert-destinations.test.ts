import { describe, expect, it } from "vitest";
import { isLocalHostName, isPrivateAddress, privateHostProblem } from "../../lib/domain/alerts/private-address";
import { channelDestinationProblem, smtpHostProblem } from "../../lib/domain/alerts/settings-schema";

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
    "::ffff:7f00:1",
    "::ffff:a9fe:a9fe",
    "FE80::1",
    "febf::1",
    "fc00::1",
    "fec0::1",
    // IPv4 carried inside IPv6: compatible, NAT64 and 6to4 forms reach the IPv4 address they carry.
    "::7f00:1",
    "::127.0.0.1",
    "::a9fe:a9fe",
    "64:ff9b::7f00:1",
    "64:ff9b::10.0.0.1",
    "2002:7f00:1::1",
    "2002:c0a8:101::1",
    // Spelled out, with a zone, or not an address at all: refused rather than guessed.
    "0:0:0:0:0:0:0:1",
    "0000::0001",
    "fe80::1%eth0",
    "1::2::3",
    "12345::1",
  ])("refuses the private or local address %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    "93.184.216.34",
    "172.32.0.1",
    "192.169.0.1",
    "100.128.0.1",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
    "::ffff:808:808",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "fbff::1",
  ])("accepts the public address %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it("treats localhost and local-network names as local before any lookup", () => {
    for (const host of ["localhost", "LOCALHOST.", "api.localhost", "printer.local", "metadata.google.internal"])
      expect(isLocalHostName(host)).toBe(true);
    expect(isLocalHostName("hooks.clinic.example")).toBe(false);
  });

  it.each([
    "http://127.0.0.1:9000/hook",
    "https://localhost/hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://2130706433/hook", // 127.0.0.1 written as one number
    "http://0x7f.1/hook",
    "http://10.1.2.3/hook",
    "http://172.20.0.1/hook",
    "http://192.168.0.10/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://[fd00::5]/hook",
    "http://[fe80::1]/hook",
    "http://printer.local/hook",
  ])("refuses to save the webhook %s unless private networks are allowed", (url) => {
    const channel = { kind: "WEBHOOK" as const, recipients: ["https://hooks.clinic.example/a", url] };
    expect(channelDestinationProblem(channel, false)).toMatch(/is on a private or local network/);
    expect(channelDestinationProblem(channel, true)).toBeNull();
  });

  it("saves webhooks on public addresses and names, which are checked again when an alert is sent", () => {
    for (const url of [
      "https://hooks.clinic.example/a",
      "http://93.184.216.34/",
      "http://[2606:4700::1111]/",
      "http://172.32.0.1/",
    ])
      expect(channelDestinationProblem({ kind: "WEBHOOK", recipients: [url] }, false)).toBeNull();
  });

  it("leaves email recipients alone: mail goes through the SMTP server, whose host is checked instead", () => {
    expect(channelDestinationProblem({ kind: "EMAIL", recipients: ["oncall@localhost"] }, false)).toBeNull();
    expect(smtpHostProblem({ smtpHost: "10.0.0.25" }, false)).toBe(
      "10.0.0.25 is on a private or local network; alerts cannot be sent there unless ALERT_ALLOW_PRIVATE_NETWORKS=true",
    );
    expect(smtpHostProblem({ smtpHost: "[::1]" }, false)).toMatch(/private or local network/);
    expect(smtpHostProblem({ smtpHost: "smtp.clinic.example" }, false)).toBeNull();
    expect(smtpHostProblem({ smtpHost: null }, false)).toBeNull();
    expect(smtpHostProblem({ smtpHost: "127.0.0.1" }, true)).toBeNull();
    expect(privateHostProblem("LOCALHOST", false)).toMatch(/^LOCALHOST is on a private/);
  });
});
