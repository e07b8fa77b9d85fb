/**
 * Addresses an alert must not be sent to unless the clinic allows it (ALERT_ALLOW_PRIVATE_NETWORKS): loopback,
 * link-local (cloud metadata services live there), private, carrier-grade NAT, unspecified and multicast ranges —
 * also when an IPv4 address is carried inside an IPv6 one (mapped, compatible, NAT64, 6to4), since the kernel or a
 * gateway delivers those to the IPv4 address. An admin account must not become a way to probe or call services inside
 * the clinic's network.
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "").toLowerCase();
  if (/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return isPrivateV4(ip);
  if (!ip.includes(":")) return false;
  const groups = ipv6Groups(ip);
  // Not an address we can read: refuse rather than guess.
  if (!groups) return true;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 8)) return true; // ::
  if (zeros(0, 7) && groups[7] === 1) return true; // ::1
  if (zeros(0, 5) && groups[5] === 0xffff) return isPrivateV4(v4(groups[6]!, groups[7]!)); // ::ffff:a.b.c.d
  if (zeros(0, 6)) return isPrivateV4(v4(groups[6]!, groups[7]!)); // ::a.b.c.d (IPv4-compatible, deprecated)
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return isPrivateV4(v4(groups[6]!, groups[7]!)); // NAT64
  if (groups[0] === 0x2002) return isPrivateV4(v4(groups[1]!, groups[2]!)); // 6to4
  const first = groups[0]!;
  return (
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xffc0) === 0xfec0 || // site-local fec0::/10 (deprecated, still routed inside some networks)
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xff00) === 0xff00 // multicast
  );
}

/** The eight 16-bit groups of an IPv6 address (with "::" and a trailing dotted IPv4 part), or null if malformed. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.replace(/%.*$/, ""); // zone id (fe80::1%eth0)
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const bytes = dotted.slice(1).map(Number);
    if (bytes.some((b) => b > 255)) return null;
    text = `${text.slice(0, dotted.index)}${((bytes[0]! << 8) | bytes[1]!).toString(16)}:${((bytes[2]! << 8) | bytes[3]!).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const part = (s: string) => (s === "" ? [] : s.split(":"));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.map((g) => parseInt(g, 16));
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
