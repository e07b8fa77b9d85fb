"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_PATH } from "@/lib/i18n/language-cookie";
import { useIntakeText } from "./intake-text";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The patient's language, on every patient page. Changing it asks the server for the same page again in the new
 * language (a refresh, not a navigation): the form keeps its state, so no answer and no step is lost, and only the
 * chosen language's words are ever downloaded.
 */
export function LanguagePicker({ current, offered }: { current: string; offered: { code: string; name: string }[] }) {
  const { m } = useIntakeText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (offered.length < 2) return null;
  return (
    <div className="no-print mx-auto mb-4 flex max-w-2xl justify-end">
      <label className="flex items-center gap-2 font-semibold">
        <span>{m.language.label}</span>
        <select
          value={current}
          disabled={pending}
          onChange={(event) => {
            document.cookie = `${LANGUAGE_COOKIE}=${event.target.value}; path=${LANGUAGE_COOKIE_PATH}; max-age=${YEAR_SECONDS}; samesite=lax`;
            startTransition(() => router.refresh());
          }}
          className="min-h-11 rounded-lg border border-slate-500 bg-white px-3 py-2 font-normal"
        >
          {offered.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
