// What the intake form tells a patient whose submission was refused: what happened and what to do next.
import { describe, expect, it } from "vitest";
import { submitProblem } from "@/components/intake/submit-messages";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

const SEND_AS_NEW = en.submit.sendAsNew;

const NO_CONTACT = {
  clinicName: null,
  clinicPhone: null,
  emergencyNumber: null,
  openingHours: null,
  responseTime: null,
};

describe("a submission sent again with changed answers (the idempotency key was used before)", () => {
  it("says the clinic has the first copy and offers sending the answers as they are now as a new copy", () => {
    const problem = submitProblem({ ok: false, code: "key-reused" }, NO_CONTACT, en);
    expect(problem.message).toContain("already sent once");
    expect(problem.message).toContain("the clinic has that first copy");
    expect(problem.message).toContain(`press "${SEND_AS_NEW}"`);
    expect(problem.sendAsNew).toBe(true);
    expect(problem.message).not.toMatch(/something went wrong/i);
  });

  it("gives the clinic's number to call instead, when the clinic has set one", () => {
    const problem = submitProblem(
      { ok: false, code: "key-reused" },
      { ...NO_CONTACT, clinicPhone: "020 7946 0000" },
      en,
    );
    expect(problem.message).toContain("call the clinic on 020 7946 0000");
  });
});

describe("other refusals", () => {
  it("asks a patient on an updated form to reload, and a rate-limited one to wait the seconds given", () => {
    expect(submitProblem({ ok: false, code: "version-not-published" }, NO_CONTACT, en).message).toContain("reload");
    expect(submitProblem({ ok: false, code: "rate-limited", retryAfterSeconds: 42 }, NO_CONTACT, en).message).toContain(
      "wait 42 seconds",
    );
  });

  it("speaks the patient's language, with the same numbers in it", () => {
    const problem = submitProblem({ ok: false, code: "rate-limited", retryAfterSeconds: 42 }, NO_CONTACT, es);
    expect(problem.message).toBe(
      "Se han enviado demasiados cuestionarios desde esta conexión. Espere 42 segundos y pulse Enviar otra vez.",
    );
    const reused = submitProblem({ ok: false, code: "key-reused" }, NO_CONTACT, es);
    expect(reused.message).toContain("«Enviar como copia nueva»");
  });
});
