"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { deliverDueAlertsNow } from "@/lib/alerts/start-alert-worker";
import { createAlertChannel } from "@/lib/db/alerts/create-alert-channel";
import { deleteAlertChannel } from "@/lib/db/alerts/delete-alert-channel";
import { enqueueTestAlert } from "@/lib/db/alerts/enqueue-test-alert";
import { saveAlertSettings } from "@/lib/db/alerts/save-alert-settings";
import { updateAlertChannel } from "@/lib/db/alerts/update-alert-channel";
import { alertChannelInput, alertSettingsInput } from "@/lib/domain/alerts/settings-schema";
import { fieldErrorsOf, type FormResult } from "@/lib/form-result";

// Every action checks the caller itself: a server action is a public POST endpoint, whatever the page showed.

const channelId = z.string().min(1).max(64);
const NOT_ALLOWED: FormResult = {
  ok: false,
  error: "You are not allowed to change alert settings. Sign in as an admin.",
};

function channelFields(formData: FormData) {
  return alertChannelInput.safeParse({
    name: formData.get("name"),
    kind: formData.get("kind"),
    recipients: formData.get("recipients"),
    levels: formData.getAll("levels"),
    escalation: formData.get("escalation") === "on",
    enabled: formData.get("enabled") === "on",
  });
}

export async function saveAlertSettingsAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const input = alertSettingsInput.safeParse({
    smtpHost: formData.get("smtpHost") ?? undefined,
    smtpPort: formData.get("smtpPort"),
    smtpSecure: formData.get("smtpSecure") === "on",
    smtpUser: formData.get("smtpUser") ?? undefined,
    smtpPassword: formData.get("smtpPassword") ?? undefined,
    clearSmtpPassword: formData.get("clearSmtpPassword") === "on",
    fromAddress: formData.get("fromAddress") ?? undefined,
    escalationMinutes: formData.get("escalationMinutes"),
  });
  if (!input.success)
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(input.error) };
  const admin = await authorize("alerts:manage");
  if (!admin) return NOT_ALLOWED;
  const saved = await saveAlertSettings(input.data, admin);
  if (!saved.ok) return { ok: false, error: saved.message, fieldErrors: { smtpHost: [saved.message] } };
  revalidatePath("/admin/alerts");
  revalidatePath("/dashboard");
  return { ok: true, message: "Alert settings saved." };
}

export async function createAlertChannelAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const input = channelFields(formData);
  if (!input.success)
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(input.error) };
  const admin = await authorize("alerts:manage");
  if (!admin) return NOT_ALLOWED;
  const created = await createAlertChannel(input.data, admin);
  if (!created.ok) return { ok: false, error: created.message, fieldErrors: { recipients: [created.message] } };
  revalidatePath("/admin/alerts");
  revalidatePath("/dashboard");
  return { ok: true, message: `Channel "${input.data.name}" added.` };
}

export async function updateAlertChannelAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const id = channelId.safeParse(formData.get("channelId"));
  const input = channelFields(formData);
  if (!id.success) return { ok: false, error: "That channel no longer exists." };
  if (!input.success)
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(input.error) };
  const admin = await authorize("alerts:manage");
  if (!admin) return NOT_ALLOWED;
  const result = await updateAlertChannel(id.data, input.data, admin);
  if (!result.ok && result.code === "private-destination")
    return { ok: false, error: result.message, fieldErrors: { recipients: [result.message] } };
  revalidatePath("/admin/alerts");
  revalidatePath("/dashboard");
  return result.ok
    ? { ok: true, message: `Channel "${input.data.name}" saved.` }
    : { ok: false, error: "That channel no longer exists." };
}

export async function deleteAlertChannelAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const id = channelId.safeParse(formData.get("channelId"));
  if (!id.success) return { ok: false, error: "That channel no longer exists." };
  const admin = await authorize("alerts:manage");
  if (!admin) return NOT_ALLOWED;
  const result = await deleteAlertChannel(id.data, admin);
  revalidatePath("/admin/alerts");
  revalidatePath("/dashboard");
  if (!result.ok) return { ok: false, error: "That channel no longer exists." };
  return {
    ok: true,
    message:
      result.cancelled > 0
        ? `Channel deleted. ${result.cancelled} alert(s) not yet sent through it were cancelled.`
        : "Channel deleted.",
  };
}

export async function sendTestAlertAction(_previous: FormResult | null, _formData: FormData): Promise<FormResult> {
  const admin = await authorize("alerts:manage");
  if (!admin) return NOT_ALLOWED;
  const result = await enqueueTestAlert(admin);
  if (!result.ok) return { ok: false, error: "Alerts are off: add a channel before sending a test alert." };
  // Send now rather than at the worker's next poll, so the admin sees the outcome below at once.
  await deliverDueAlertsNow();
  revalidatePath("/admin/alerts");
  return {
    ok: true,
    message: `Test alert queued for ${result.queued} recipient(s). Their delivery state is listed below.`,
  };
}
