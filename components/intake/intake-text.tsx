"use client";

import { createContext, useContext, useMemo } from "react";
import type { ErrorSources } from "@/lib/i18n/answer-errors";
import { format, type Direction, type FormMessages, type Params } from "@/lib/i18n/messages";

export type IntakeText = {
  locale: string;
  dir: Direction;
  m: FormMessages;
  /** English answer-error templates (not sent for English), to read the schema's English messages back. */
  errorSources?: ErrorSources;
  /** A catalogue template with its placeholders filled in (isolated in a right-to-left language). */
  f: (template: string, params?: Params) => string;
};

const Context = createContext<IntakeText | null>(null);

/** The patient's language and its catalogue, handed down from the server (only this one language). */
export function IntakeTextProvider({
  locale,
  dir = "ltr",
  messages,
  errorSources,
  children,
}: {
  locale: string;
  dir?: Direction;
  messages: FormMessages;
  errorSources?: ErrorSources;
  children: React.ReactNode;
}) {
  const value = useMemo(
    () => ({ locale, dir, m: messages, errorSources, f: (t: string, p?: Params) => format(t, p, dir) }),
    [locale, dir, messages, errorSources],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** No English fallback here on purpose: it would put the English catalogue in every patient's download. */
export function useIntakeText(): IntakeText {
  const text = useContext(Context);
  if (!text) throw new Error("Patient components need an IntakeTextProvider (app/(patient)/layout.tsx)");
  return text;
}
