import "server-only";
import dns from "node:dns/promises";
import net from "node:net";
import { env } from "@/lib/env";
import { isLocalHostName, isPrivateAddress } from "@/lib/domain/alerts/private-address";

export class PrivateDestinationError extends Error {
  constructor(host: string) {
    super(
      `${host} is on a private or local network; alerts are not sent there unless ALERT_ALLOW_PRIVATE_NETWORKS=true`,
    );
    this.name = "PrivateDestinationError";
  }
}

/** Every address a name has, as the system resolver answers; tests inject their own (no DNS needed). */
export type LookupAll = (host: string) => Promise<string[]>;
const systemLookup: LookupAll = async (host) => (await dns.lookup(host, { all: true })).map((a) => a.address);

export type DestinationOptions = { lookup?: LookupAll; allowPrivate?: boolean };

/**
 * The addresses to connect to for `host`, looked up once and checked at send time (a name can point anywhere by
 * then). The caller connects to these, not the name, so a second lookup cannot answer differently (DNS rebinding).
 */
export async function vettedAddressesOf(host: string, options: DestinationOptions = {}): Promise<string[]> {
  const { lookup = systemLookup, allowPrivate = env.ALERT_ALLOW_PRIVATE_NETWORKS } = options;
  const bare = host.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isLocalHostName(bare)) throw new PrivateDestinationError(host);
  const addresses = net.isIP(bare) ? [bare] : await lookup(bare);
  if (addresses.length === 0) throw Object.assign(new Error(`${host} has no address`), { code: "ENOTFOUND" });
  if (!allowPrivate && addresses.some(isPrivateAddress)) throw new PrivateDestinationError(host);
  return addresses;
}

/** The one address a mail connection is made to (TLS still checks the certificate against the name). */
export async function publicAddressOf(host: string, options: DestinationOptions = {}): Promise<string> {
  return (await vettedAddressesOf(host, options))[0]!;
}

/** A delivery failure in words an admin can act on; the raw network error stays out of the page. */
export function plainDeliveryError(error: unknown): string {
  if (error instanceof PrivateDestinationError) return error.message;
  const code = String(
    (error as { code?: unknown; cause?: { code?: unknown } })?.code ??
      (error as { cause?: { code?: unknown } })?.cause?.code ??
      "",
  );
  const words: Record<string, string> = {
    ENOTFOUND: "The server name could not be found; check the address for typing mistakes",
    EAI_AGAIN: "The server name could not be looked up just now; it will be tried again",
    ECONNREFUSED: "The server refused the connection; check the address and port",
    ECONNRESET: "The server closed the connection unexpectedly",
    ETIMEDOUT: "The server did not answer in time",
    ETIMEOUT: "The server did not answer in time",
    UND_ERR_CONNECT_TIMEOUT: "The server did not answer in time",
    EHOSTUNREACH: "The server cannot be reached from here",
    ENETUNREACH: "The server's network cannot be reached from here",
    EAUTH: "The email server refused the user name or password",
    ESOCKET: "The connection to the email server failed (check the port and the TLS setting)",
    CERT_HAS_EXPIRED: "The server's certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "The server's certificate is self-signed and not trusted",
    ERR_TLS_CERT_ALTNAME_INVALID: "The server's certificate is for another name",
  };
  if (words[code]) return words[code];
  if (error instanceof Error && error.name === "TimeoutError") return "The server did not answer in time";
  if (error instanceof Error && /^The webhook answered HTTP/.test(error.message)) return error.message;
  if (error instanceof Error && /^Email alerts are not set up/.test(error.message)) return error.message;
  return "The alert could not be delivered; it will be tried again";
}
