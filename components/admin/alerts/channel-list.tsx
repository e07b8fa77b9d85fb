import type { AlertChannelView } from "@/lib/db/alerts/list-alert-channels";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/alerts/webhook-signature";
import { ChannelForm } from "./channel-form";
import { DeleteChannelForm } from "./delete-channel-form";

export function ChannelList({ channels }: { channels: AlertChannelView[] }) {
  if (channels.length === 0)
    return <p className="text-slate-700">No channels yet. Add one below to turn red-flag alerts on.</p>;
  return (
    <ul className="space-y-4" aria-label="Alert channels">
      {channels.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-300 p-3">
          <h3 className="text-lg font-semibold">
            {c.name}{" "}
            <span className="text-sm font-normal text-slate-700">
              ({c.kind === "EMAIL" ? "email" : "webhook"}, {c.enabled ? "on" : "off"})
            </span>
          </h3>
          <p className="text-sm">
            Receives:{" "}
            {[c.levels.length > 0 ? c.levels.join(" and ") : null, c.escalation ? "escalations" : null]
              .filter(Boolean)
              .join("; ") || "nothing"}
          </p>
          <ul className="my-1 list-disc pl-5 text-sm break-all">
            {c.recipients.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {c.webhookSecret ? (
            <details className="my-2 text-sm">
              <summary className="cursor-pointer">Signing secret for the receiver</summary>
              <p className="mt-1">
                Each call carries <code>{TIMESTAMP_HEADER}</code> and <code>{SIGNATURE_HEADER}</code>: sha256= the
                HMAC-SHA256 of &quot;timestamp.body&quot; with this secret (see the README).
              </p>
              <code className="mt-1 block rounded bg-slate-100 p-2 break-all">{c.webhookSecret}</code>
            </details>
          ) : null}
          <div className="mt-2 flex flex-col gap-2">
            <details className="rounded-lg border border-slate-200 p-3">
              <summary className="cursor-pointer font-semibold">Edit</summary>
              <div className="mt-3">
                <ChannelForm mode="edit" channel={c} />
              </div>
            </details>
            <DeleteChannelForm channelId={c.id} name={c.name} />
          </div>
        </li>
      ))}
    </ul>
  );
}
