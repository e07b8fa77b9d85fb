"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { deliverDueAlertsNow } from "@/lib/alerts/start-alert-worker";
import { createAlertChannel } from "@/lib/db/alerts/create-alert-channel";
import { deleteAlertChannel } from "@/lib/db/alerts/delete-alert-channel";
import { enqueueTestAlert } from "@/lib/db/alerts/enqueue-test-alert";
import { saveAlertSettings } from "@/lib/db/alerts/save-alert-settings";
import { updateAlertChannel } from "@/lib/db/alerts/update-alert-channel";
import { alertChannelInput, alertSettingsInput } from "@/lib/domain/alerts/settings-schema";
import type { ActionResult } from "../action-result";
import { defineFormAction, fieldErrorsOf } from "../define-action";

const NOT_ALLOWED = "You are not allowed to change alert settings. Sign in as an admin.";
const CHANNEL_GONE: ActionResult = { ok: false, code: "not-found", message: "That channel no longer exists." };

const channelId = z.string().min(1).max(64);

function channelFields(formData: FormData) {
  return {
    name: formData.get("name"),
    kind: formData.get("kind"),
    recipients: formData.get("recipients"),
    levels: formData.getAll("levels"),
    escalation: formData.get("escalation") === "on",
    enabled: formData.get("enabled") === "on",
  };
}

function revalidateAlerts() {
  revalidatePath("/admin/alerts");
  revalidatePath("/dashboard");
}

export const saveAlertSettingsAction = defineFormAction({
  name: "saveAlertSettings",
  access: "alerts:manage",
  parse: (formData) =>
    alertSettingsInput.safeParse({
      smtpHost: formData.get("smtpHost") ?? undefined,
      smtpPort: formData.get("smtpPort"),
      smtpSecure: formData.get("smtpSecure") === "on",
      smtpUser: formData.get("smtpUser") ?? undefined,
      smtpPassword: formData.get("smtpPassword") ?? undefined,
      clearSmtpPassword: formData.get("clearSmtpPassword") === "on",
      fromAddress: formData.get("fromAddress") ?? undefined,
      escalationMinutes: formData.get("escalationMinutes"),
    }),
  forbidden: NOT_ALLOWED,
  run: async (input, admin): Promise<ActionResult> => {
    const saved = await saveAlertSettings(input, admin);
    if (!saved.ok)
      return { ok: false, code: saved.code, message: saved.message, fieldErrors: { smtpHost: [saved.message] } };
    revalidateAlerts();
    return { ok: true, message: "Alert settings saved." };
  },
});

export const createAlertChannelAction = defineFormAction({
  name: "createAlertChannel",
  access: "alerts:manage",
  parse: (formData) => alertChannelInput.safeParse(channelFields(formData)),
  forbidden: NOT_ALLOWED,
  run: async (input, admin): Promise<ActionResult> => {
    const created = await createAlertChannel(input, admin);
    if (!created.ok)
      return {
        ok: false,
        code: created.code,
        message: created.message,
        fieldErrors: { recipients: [created.message] },
      };
    revalidateAlerts();
    return { ok: true, message: `Channel "${input.name}" added.` };
  },
});

export const updateAlertChannelAction = defineFormAction({
  name: "updateAlertChannel",
  access: "alerts:manage",
  parse: (formData) =>
    alertChannelInput.extend({ channelId }).safeParse({
      channelId: formData.get("channelId"),
      ...channelFields(formData),
    }),
  invalid: (error) =>
    error.issues.some((issue) => issue.path[0] === "channelId")
      ? CHANNEL_GONE
      : { ok: false, code: "bad-request", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(error) },
  forbidden: NOT_ALLOWED,
  run: async ({ channelId: id, ...input }, admin): Promise<ActionResult> => {
    const result = await updateAlertChannel(id, input, admin);
    if (!result.ok && result.code === "private-destination")
      return { ok: false, code: result.code, message: result.message, fieldErrors: { recipients: [result.message] } };
    revalidateAlerts();
    return result.ok ? { ok: true, message: `Channel "${input.name}" saved.` } : CHANNEL_GONE;
  },
});

export const deleteAlertChannelAction = defineFormAction({
  name: "deleteAlertChannel",
  access: "alerts:manage",
  parse: (formData) => z.object({ channelId }).safeParse({ channelId: formData.get("channelId") }),
  invalid: () => CHANNEL_GONE,
  forbidden: NOT_ALLOWED,
  run: async (input, admin): Promise<ActionResult> => {
    const result = await deleteAlertChannel(input.channelId, admin);
    revalidateAlerts();
    if (!result.ok) return CHANNEL_GONE;
    return {
      ok: true,
      message:
        result.cancelled > 0
          ? `Channel deleted. ${result.cancelled} alert(s) not yet sent through it were cancelled.`
          : "Channel deleted.",
    };
  },
});

export const sendTestAlertAction = defineFormAction({
  name: "sendTestAlert",
  access: "alerts:manage",
  parse: () => z.object({}).safeParse({}),
  forbidden: NOT_ALLOWED,
  run: async (_input, admin): Promise<ActionResult> => {
    const result = await enqueueTestAlert(admin);
    if (!result.ok)
      return { ok: false, code: "alerts-off", message: "Alerts are off: add a channel before sending a test alert." };
    // Send now rather than at the worker's next poll, so the admin sees the outcome below at once.
    await deliverDueAlertsNow();
    revalidatePath("/admin/alerts");
    return {
      ok: true,
      message: `Test alert queued for ${result.queued} recipient(s). Their delivery state is listed below.`,
    };
  },
});
