import "server-only";

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/** Reads a JSON body without ever buffering more than `maxBytes`: an oversized request is refused, not parsed. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return { ok: false, status: 415, error: "Send the body as application/json." };
  }
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) return { ok: false, status: 413, error: `The body is larger than ${maxBytes} bytes.` };
  if (!request.body) return { ok: false, status: 400, error: "The body is empty." };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, status: 413, error: `The body is larger than ${maxBytes} bytes.` };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON." };
  }
}
