// One schema, two sides: the admin forms on /admin/alerts and the server actions parse with these.
import * as z from "zod";
import { privateHostProblem } from "./private-address";

export const ALERT_LEVELS = ["EMERGENT", "URGENT"] as const;
export const CHANNEL_KINDS = ["EMAIL", "WEBHOOK"] as const;

const lines = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(/[\n,;]+/)
        .map((line) => line.trim())
        .filter(Boolean)
    : value;

const httpUrl = z.url({ protocol: /^https?$/, error: "Enter a full web address starting with https://" });

export const alertChannelInput = z
  .object({
    name: z.string().trim().min(1, "Give the channel a name").max(80),
    kind: z.enum(CHANNEL_KINDS),
    recipients: z.preprocess(lines, z.array(z.string().max(500)).min(1, "Add at least one recipient").max(50)),
    levels: z.array(z.enum(ALERT_LEVELS)),
    escalation: z.boolean(),
    enabled: z.boolean(),
  })
  .superRefine((value, ctx) => {
    for (const recipient of value.recipients) {
      const ok = value.kind === "EMAIL" ? z.email().safeParse(recipient).success : httpUrl.safeParse(recipient).success;
      if (!ok)
        ctx.addIssue({
          code: "custom",
          path: ["recipients"],
          message:
            value.kind === "EMAIL"
              ? `"${recipient}" is not an email address`
              : `"${recipient}" is not a web address starting with http:// or https://`,
        });
    }
    if (value.levels.length === 0 && !value.escalation)
      ctx.addIssue({
        code: "custom",
        path: ["levels"],
        message: "Choose at least one triage level, or put the channel on the escalation list",
      });
  });
export type AlertChannelInput = z.infer<typeof alertChannelInput>;

export const alertSettingsInput = z.object({
  smtpHost: z
    .string()
    .trim()
    .max(255)
    .optional()
    .transform((v) => v || null),
  smtpPort: z.coerce.number().int().min(1, "Enter a port from 1 to 65535").max(65535, "Enter a port from 1 to 65535"),
  smtpSecure: z.boolean(),
  smtpUser: z
    .string()
    .trim()
    .max(255)
    .optional()
    .transform((v) => v || null),
  /** Empty means "keep the stored password"; it is never shown back. */
  smtpPassword: z
    .string()
    .max(500)
    .optional()
    .transform((v) => v || null),
  clearSmtpPassword: z.boolean(),
  fromAddress: z
    .union([z.literal(""), z.email("Enter the address alerts are sent from, e.g. alerts@clinic.example")])
    .optional()
    .transform((v) => v || null),
  escalationMinutes: z.coerce
    .number()
    .int("Enter whole minutes")
    .min(1, "Enter between 1 and 240 minutes")
    .max(240, "Enter between 1 and 240 minutes"),
});
export type AlertSettingsInput = z.infer<typeof alertSettingsInput>;

/** Why a channel's webhook addresses may not be saved (a literal private address or local name), or null. */
export function channelDestinationProblem(
  input: Pick<AlertChannelInput, "kind" | "recipients">,
  allowPrivateNetworks: boolean,
): string | null {
  // Email recipients are delivered through the clinic's SMTP server, so only the SMTP host is checked for those.
  if (input.kind !== "WEBHOOK") return null;
  for (const recipient of input.recipients) {
    let host: string;
    try {
      host = new URL(recipient).hostname;
    } catch {
      continue;
    }
    const problem = privateHostProblem(host, allowPrivateNetworks);
    if (problem) return problem;
  }
  return null;
}

/** Why the SMTP host may not be saved, or null. */
export function smtpHostProblem(input: Pick<AlertSettingsInput, "smtpHost">, allowPrivateNetworks: boolean) {
  return input.smtpHost ? privateHostProblem(input.smtpHost, allowPrivateNetworks) : null;
}
