// The one action wrapper: a form refused for its input gives back what was typed, and a public action (a patient's,
// a one-time link's) runs in the same order as every staff one: the early check first, then parsing, then the work.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { keptValue, type ActionResult } from "@/lib/actions/action-result";
import { defineFormAction, defineNavigatingAction, invalidKeeping } from "@/lib/actions/define-action";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db/errors";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const schema = z.object({ name: z.string().min(1, "Enter your name"), email: z.email("Enter a valid email address") });

describe("a form refused for what was typed", () => {
  it("gives back the named fields, each cut to its length, with the problems as field errors", () => {
    const refuse = invalidKeeping({ name: 5, email: 320 });
    const data = form({ name: "Dana Admin", email: "not an address", password: "secret secret" });
    const refusal = refuse(schema.safeParse(Object.fromEntries(data)).error!, data);
    expect(refusal).toEqual({
      ok: false,
      code: "bad-request",
      message: "Check the highlighted fields.",
      fieldErrors: { email: ["Enter a valid email address"] },
      values: { name: "Dana ", email: "not an address" },
    });
    // A password is never given back unless named.
    expect(keptValue(refusal, "password")).toBeUndefined();
    expect(keptValue(refusal, "email")).toBe("not an address");
  });

  it("gives back nothing for a field that was not sent as text, and no value before the first answer", () => {
    const data = form({});
    data.set("name", new Blob(["x"]));
    const refusal = invalidKeeping({ name: 200 })(schema.safeParse({}).error!, data);
    expect(refusal.values).toEqual({});
    expect(keptValue(null, "name")).toBeUndefined();
    expect(keptValue({ ok: true }, "name")).toBeUndefined();
  });
});

describe("a public action", () => {
  const calls: string[] = [];
  const action = defineFormAction({
    name: "test",
    access: "public",
    before: async (formData) => {
      calls.push("before");
      return formData.get("limited") ? { ok: false, code: "rate-limited", message: "Wait a minute." } : null;
    },
    parse: (formData) => {
      calls.push("parse");
      return schema.safeParse(Object.fromEntries(formData));
    },
    invalid: invalidKeeping({ name: 200 }),
    run: async (input): Promise<ActionResult> => {
      calls.push("run");
      if (input.name === "outage") throw new DatabaseUnavailableError("locked");
      return { ok: true, message: `Hello ${input.name}.` };
    },
  });

  it("counts an attempt before parsing it, so a malformed one is counted too, and stops there when refused", async () => {
    calls.length = 0;
    expect(await action(null, form({ limited: "1" }))).toEqual({
      ok: false,
      code: "rate-limited",
      message: "Wait a minute.",
    });
    expect(calls).toEqual(["before"]);
    calls.length = 0;
    expect(await action(null, form({ name: "Dana" }))).toMatchObject({ code: "bad-request", values: { name: "Dana" } });
    expect(calls).toEqual(["before", "parse"]);
  });

  it("runs with no session to check, and answers a database outage with when to try again", async () => {
    calls.length = 0;
    expect(await action(null, form({ name: "Dana", email: "dana@clinic.test" }))).toEqual({
      ok: true,
      message: "Hello Dana.",
    });
    expect(calls).toEqual(["before", "parse", "run"]);
    expect(await action(null, form({ name: "outage", email: "dana@clinic.test" }))).toMatchObject({
      ok: false,
      code: "database-unavailable",
      retryAfterSeconds: expect.any(Number),
    });
  });
});

describe("a form that answers by going to another page", () => {
  const action = defineNavigatingAction({
    name: "navigating",
    access: "public",
    parse: (formData) => z.object({ token: z.string().min(1) }).safeParse({ token: formData.get("token") }),
    invalid: () => redirect("/intake?resume=invalid"),
    run: async ({ token }) => {
      if (token === "outage") throw new DatabaseUnavailableError("locked while reading Dana Patient's answers");
      if (token === "bug") throw new TypeError("cannot read the answers of Dana Patient");
      redirect("/intake");
    },
  });
  const failureOf = (token: string) =>
    action(form({ token })).then(
      () => null,
      (error: unknown) => error as Error,
    );

  it("goes where it was sent on success, and to its own page for a link that does not parse", async () => {
    const done = await failureOf("a-token");
    expect(isRedirectError(done)).toBe(true);
    expect((done as Error & { digest: string }).digest).toContain("/intake");
    const refused = await failureOf("");
    expect(isRedirectError(refused)).toBe(true);
    expect((refused as Error & { digest: string }).digest).toContain("/intake?resume=invalid");
  });

  it("shows the error page when the database is not answering, instead of leaving the patient where they were", async () => {
    const error = await failureOf("outage");
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isRedirectError(error)).toBe(false);
    expect(error!.message).not.toContain("Dana");
  });

  it("shows the error page for a failure nobody expected, without the patient's words in it", async () => {
    const error = await failureOf("bug");
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isRedirectError(error)).toBe(false);
    expect(error!.message).toBe("Server action navigating failed (TypeError)");
  });
});
