import "server-only";
import { MAX_BODY_NESTING } from "./body-limits";
import { nestingDepthExceeds } from "./nesting-depth";

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
  const text = Buffer.concat(chunks).toString("utf8");
  // Refused before parsing: what follows the parser (zod, the answer schema, JSON.stringify) recurses.
  if (nestingDepthExceeds(text, MAX_BODY_NESTING))
    return { ok: false, status: 400, error: `The body nests data more than ${MAX_BODY_NESTING} levels deep.` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON." };
  }
}
