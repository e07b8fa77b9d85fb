import crypto from "node:crypto";
import type { Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { completeIntake } from "./intake";
import { answersWith } from "../fixtures/default-answers";

type ActionBody = [{ versionId: string; idempotencyKey: string; answers: Record<string, unknown> }];

test("tampered submissions are refused with a clear message and store nothing", async ({
  page,
  db,
  publishedDefinition,
}) => {
  // Capture the real submit request, then replay it with tampered answers as an attacker would.
  let submitRequest: Request | undefined;
  page.on("request", (req) => {
    if (req.method() === "POST" && req.headers()["next-action"]) submitRequest = req;
  });
  await page.goto("/intake");
  await completeIntake(page, publishedDefinition, answersWith({ full_name: "Tess Tamper" }));
  expect(submitRequest).toBeDefined();
  const original = JSON.parse(submitRequest!.postData()!) as ActionBody;
  const headers = await submitRequest!.allHeaders();

  const count = async () => Number((await db.query(`SELECT count(*) AS n FROM "Submission"`)).rows[0].n);
  const before = await count();

  const cases: { name: string; tamper: (a: Record<string, unknown>) => void; message: RegExp }[] = [
    {
      name: "an unknown question",
      tamper: (a) => (a.favourite_colour = "blue"),
      message: /Unknown question \\?"favourite_colour\\?"/,
    },
    { name: "a pain score out of range", tamper: (a) => (a.pain_now = 11), message: /between 0 and 10/ },
    { name: "a wrong type", tamper: (a) => (a.saddle_numbness = 42), message: /saddle_numbness/ },
    { name: "a missing required answer", tamper: (a) => delete a.pain_now, message: /Please answer this question/ },
  ];
  for (const c of cases) {
    const body = structuredClone(original);
    body[0].idempotencyKey = crypto.randomBytes(16).toString("hex");
    c.tamper(body[0].answers);
    const response = await page.request.post("/intake", {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        accept: "text/x-component",
      },
      data: JSON.stringify(body),
    });
    const text = await response.text();
    expect(text, c.name).toContain('"code":"invalid"');
    expect(text, c.name).toMatch(c.message);
  }
  expect(await count()).toBe(before);
});
