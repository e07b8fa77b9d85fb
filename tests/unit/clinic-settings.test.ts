// What an admin may enter as the clinic's details, and how patient pages turn numbers into call links.
import { describe, expect, it } from "vitest";
import { clinicTimeZone, isKnownTimeZone, telHref } from "@/lib/domain/clinic-settings/clinic-settings";
import { clinicSettingsInput, emergencyNumberInput } from "@/lib/domain/clinic-settings/settings-schema";

describe("call links from the numbers an admin typed", () => {
  it("keeps only digits, and a leading plus for international numbers", () => {
    expect(telHref("020 7946 0000")).toBe("tel:02079460000");
    expect(telHref("+1 (555) 010-0000")).toBe("tel:+15550100000");
    expect(telHref(" 999 ")).toBe("tel:999");
  });

  it("gives no link at all when there is nothing to dial, so a page never shows an empty call button", () => {
    expect(telHref(null)).toBeNull();
    expect(telHref(undefined)).toBeNull();
    expect(telHref("")).toBeNull();
    expect(telHref(" - ")).toBeNull();
  });
});

describe("the clinic's time zone", () => {
  it("is UTC until an admin chooses one", () => {
    expect(clinicTimeZone({ timeZone: null })).toBe("UTC");
    expect(clinicTimeZone({ timeZone: "Europe/London" })).toBe("Europe/London");
  });

  it("must be a zone the server knows", () => {
    expect(isKnownTimeZone("America/New_York")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
  });
});

describe("the clinic settings form", () => {
  const valid = {
    clinicName: " Riverside Back Clinic ",
    clinicPhone: "020 7946 0000",
    emergencyNumber: "999",
    openingHours: "Mon–Fri 8am–6pm",
    responseTime: "within 2 working days",
    timeZone: "Europe/London",
  };

  it("accepts a complete clinic and trims what was typed", () => {
    expect(clinicSettingsInput.parse(valid)).toEqual({ ...valid, clinicName: "Riverside Back Clinic" });
  });

  it("stores empty fields as not set, so patient pages fall back to plain words", () => {
    expect(
      clinicSettingsInput.parse({
        clinicName: "",
        clinicPhone: " ",
        emergencyNumber: "",
        openingHours: "",
        responseTime: "",
        timeZone: "",
      }),
    ).toEqual({
      clinicName: null,
      clinicPhone: null,
      emergencyNumber: null,
      openingHours: null,
      responseTime: null,
      timeZone: null,
    });
  });

  it("refuses an emergency number that is not 3 to 6 digits", () => {
    for (const bad of ["99", "9999999", "9-9-9", "call 999", "+999"])
      expect(emergencyNumberInput.safeParse(bad).success, bad).toBe(false);
    for (const good of ["999", "911", "112", "000", "15"].filter((n) => n.length >= 3))
      expect(emergencyNumberInput.safeParse(good).success, good).toBe(true);
  });

  it("refuses a clinic phone with letters or too few digits, and an unknown time zone, naming the field", () => {
    const result = clinicSettingsInput.safeParse({ ...valid, clinicPhone: "call us", timeZone: "Europe/Atlantis" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["clinicPhone", "timeZone"]));
    expect(clinicSettingsInput.safeParse({ ...valid, clinicPhone: "1234" }).success).toBe(false);
    expect(clinicSettingsInput.safeParse({ ...valid, clinicPhone: "+44 20 7946 0000" }).success).toBe(true);
  });
});
