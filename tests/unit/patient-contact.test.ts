import { describe, expect, it } from "vitest";
import { patientContact, phoneHref } from "../../lib/domain/summary/patient-contact";
import { ROUTINE_ANSWERS } from "../fixtures/default-answers";
import { defaultSet } from "./fixtures/default-set";

const set = defaultSet();

describe("the patient header's contact details", () => {
  it("reads date of birth, age, phone and email from the answers", () => {
    const contact = patientContact(
      set,
      { ...ROUTINE_ANSWERS, date_of_birth: "1961-12-02", phone: "+44 7700 900123", email: "ann@example.org" },
      "2026-12-01",
    );
    expect(contact).toMatchObject({
      dateOfBirth: "1961-12-02",
      age: 64,
      phone: "+44 7700 900123",
      phoneHref: "tel:+447700900123",
      email: "ann@example.org",
      preferredContact: null,
      language: null,
    });
  });

  it("leaves out what the patient did not give, and never links an email that is not an address", () => {
    const { phone, date_of_birth, email, ...rest } = ROUTINE_ANSWERS;
    void phone;
    void date_of_birth;
    void email;
    expect(patientContact(set, { ...rest, email: "call me" }, "2026-12-01")).toMatchObject({
      dateOfBirth: null,
      age: null,
      phone: null,
      phoneHref: null,
      email: null,
    });
  });

  it("finds date of birth, phone and email by their roles after an admin renames those questions", () => {
    const renamed = structuredClone(set);
    const newIds: Record<string, string> = { date_of_birth: "born_on", phone: "mobile", email: "mail_address" };
    for (const section of renamed.sections) {
      for (const item of section.items) item.id = newIds[item.id] ?? item.id;
    }
    const contact = patientContact(
      renamed,
      { ...ROUTINE_ANSWERS, born_on: "1961-12-02", mobile: "+44 7700 900123", mail_address: "ann@example.org" },
      "2026-12-01",
    );
    expect(contact).toMatchObject({
      dateOfBirth: "1961-12-02",
      age: 64,
      phone: "+44 7700 900123",
      email: "ann@example.org",
    });
  });

  it("shows no phone or email when no question has those roles, even if one is called 'phone'", () => {
    const roleless = structuredClone(set);
    for (const section of roleless.sections) {
      for (const item of section.items) {
        if (item.type !== "display" && (item.role === "phone" || item.role === "email")) delete item.role;
      }
    }
    const contact = patientContact(
      roleless,
      { ...ROUTINE_ANSWERS, phone: "+44 7700 900123", email: "ann@example.org" },
      "2026-12-01",
    );
    expect(contact).toMatchObject({ phone: null, email: null });
  });

  it("dials the digits the patient typed, keeping an international +", () => {
    expect(phoneHref("020 7946 0000")).toBe("tel:02079460000");
    expect(phoneHref("+1 (555) 010-0000")).toBe("tel:+15550100000");
    expect(phoneHref("no phone")).toBeNull();
    expect(phoneHref(null)).toBeNull();
  });
});
