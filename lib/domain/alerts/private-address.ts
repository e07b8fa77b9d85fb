/**
 * Addresses an alert must not be sent to unless the clinic allows it (ALERT_ALLOW_PRIVATE_NETWORKS): loopback,
 * link-local (cloud metadata services live there), private, carrier-grade NAT, unspecified and multicast ranges.
 * An admin account must not become a way to probe or call services inside the clinic's network.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return isPrivateV4(mapped[1]!);
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return isPrivateV4(ip);
  if (!ip.includes(":")) return false;
  if (ip === "::" || ip === "::1") return true;
  const first = parseInt(ip.split(":")[0] || "0", 16);
  return (
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xff00) === 0xff00 // multicast
  );
}

function isPrivateV4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split(".").map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  );
}

/** Host names that always mean this machine or its local network, before any lookup. */
export function isLocalHostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === "localhost" || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal");
}
