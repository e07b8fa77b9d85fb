import english from "@/messages/en.json";
import { formMessages } from "@/lib/i18n/messages";
import { patientLanguage } from "@/lib/i18n/patient-language";
import { IntakeTextProvider } from "@/components/intake/intake-text";
import { LanguagePicker } from "@/components/intake/language-picker";

/** Every patient page in the patient's language, with the picker to change it. */
export default async function PatientLayout({ children }: { children: React.ReactNode }) {
  const language = await patientLanguage();
  return (
    <IntakeTextProvider
      locale={language.code}
      dir={language.dir}
      messages={formMessages(language.messages)}
      errorSources={language.code === "en" ? undefined : english.errors}
    >
      <LanguagePicker current={language.code} offered={language.offered} />
      {children}
    </IntakeTextProvider>
  );
}
