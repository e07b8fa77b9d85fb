import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import { PATIENT_PAGE_HEADER } from "@/lib/i18n/language-cookie";
import { patientLanguage } from "@/lib/i18n/patient-language";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Spine Intake", template: "%s · Spine Intake" },
  description: "Back spasm intake for our clinic",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so that its scripts carry this request's CSP nonce (see proxy.ts).
  await connection();
  // Patient pages speak the patient's language; staff pages stay in the clinic's (English).
  const patient = (await headers()).get(PATIENT_PAGE_HEADER) === "1" ? await patientLanguage() : null;
  return (
    <html lang={patient?.code ?? "en"} dir={patient?.dir ?? "ltr"}>
      <body>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {patient?.messages.layout.skipToContent ?? "Skip to content"}
        </a>
        <header className="no-print border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-blue-900">
              Spine Intake
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
