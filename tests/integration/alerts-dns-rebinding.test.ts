// A webhook's name is looked up once, checked, and the connection made to that very address: a name that answers
// "public" when checked and "private" a moment later (DNS rebinding) cannot steer an alert into the clinic's network.
// The lookups are injected, so no DNS server is involved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendAlertWebhook } from "@/lib/alerts/senders";
import { PrivateDestinationError } from "@/lib/alerts/destination-check";
import type { AlertWebhookBody } from "@/lib/domain/alerts/alert-message";
import { startWebhookReceiver, type WebhookReceiver } from "../fixtures/alert-sinks";

const body: AlertWebhookBody = {
  type: "test",
  alertId: "alert-1",
  triageLevel: null,
  referenceCode: null,
  submittedAt: null,
  sentFor: "a test",
  url: "https://clinic.test/dashboard",
  text: "Test alert",
};

/** A resolver that gives `first` to the first question and `later` to every one after it, counting them. */
function rebindingLookup(first: string, later: string) {
  const asked: string[] = [];
  return {
    asked,
    lookup: async (host: string) => {
      asked.push(host);
      return [asked.length === 1 ? first : later];
    },
  };
}

describe("webhook delivery and DNS rebinding", () => {
  let sink: WebhookReceiver;
  let port: string;
  beforeAll(async () => {
    sink = await startWebhookReceiver();
    port = new URL(sink.url).port;
  });
  afterAll(() => sink.close());

  it("connects to the address the name had when it was checked, not to what a second lookup would say", async () => {
    // Allowed to reach private networks here so the sink on 127.0.0.1 can be the vetted address; the second answer
    // points nowhere, so the call only arrives if the first answer is the one connected to.
    const dns = rebindingLookup("127.0.0.1", "10.255.255.1");
    const before = sink.calls.length;
    await sendAlertWebhook(`http://hooks.clinic.test:${port}/hooks/on-call`, "s3cret", body, "d-1", new Date(), {
      lookup: dns.lookup,
      allowPrivate: true,
      timeoutMs: 3_000,
    });
    expect(dns.asked).toEqual(["hooks.clinic.test"]);
    expect(sink.calls.length).toBe(before + 1);
    // The name, not the address, is what the receiver sees (and what TLS would check the certificate against).
    expect(sink.calls.at(-1)!.headers.host).toBe(`hooks.clinic.test:${port}`);
    expect(JSON.parse(sink.calls.at(-1)!.body)).toMatchObject({ alertId: "alert-1" });
  });

  it("refuses a name that is public when checked and private at send time: nothing reaches the private address", async () => {
    const dns = rebindingLookup("93.184.215.14", "127.0.0.1");
    const before = sink.calls.length;
    await expect(
      sendAlertWebhook(`http://rebind.clinic.test:${port}/hooks/on-call`, "s3cret", body, "d-2", new Date(), {
        lookup: dns.lookup,
        allowPrivate: false,
        timeoutMs: 1_500,
      }),
    ).rejects.toThrow();
    expect(dns.asked).toEqual(["rebind.clinic.test"]);
    expect(sink.calls.length).toBe(before);
  });

  it("refuses a name that is private when checked, before connecting anywhere", async () => {
    const dns = rebindingLookup("127.0.0.1", "127.0.0.1");
    const before = sink.calls.length;
    await expect(
      sendAlertWebhook(`http://inside.clinic.test:${port}/hooks/on-call`, "s3cret", body, "d-3", new Date(), {
        lookup: dns.lookup,
        allowPrivate: false,
      }),
    ).rejects.toBeInstanceOf(PrivateDestinationError);
    expect(sink.calls.length).toBe(before);
  });
});
