/**
 * Addresses an alert must not be sent to unless the clinic allows it (ALERT_ALLOW_PRIVATE_NETWORKS): loopback,
 * link-local (cloud metadata services live there), private, carrier-grade NAT, unspecified and multicast ranges.
 * An admin account must not become a way to probe or call services inside the clinic's network.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return isPrivateV4(mapped[1]!);
  // The URL parser writes a mapped IPv4 address in hex ([::ffff:127.0.0.1] becomes [::ffff:7f00:1]).
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (mappedHex) {
    const high = parseInt(mappedHex[1]!, 16);
    const low = parseInt(mappedHex[2]!, 16);
    return isPrivateV4(`${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`);
  }
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

export const PRIVATE_DESTINATION_REFUSED =
  "is on a private or local network; alerts cannot be sent there unless ALERT_ALLOW_PRIVATE_NETWORKS=true";

/**
 * The plain refusal for a destination host written as a local name or a literal private address, or null. Names are
 * not looked up here (they can change later); the send-time check in lib/alerts/destination-check.ts covers those.
 */
export function privateHostProblem(host: string, allowPrivateNetworks: boolean): string | null {
  if (allowPrivateNetworks) return null;
  const bare = host.trim().replace(/^\[|\]$/g, "");
  if (!bare) return null;
  return isLocalHostName(bare) || isPrivateAddress(bare) ? `${host.trim()} ${PRIVATE_DESTINATION_REFUSED}` : null;
}
