import { MAX_BODY_NESTING, serverActionBodyLimit } from "./body-limits";
import { nestingDepthExceeds } from "./nesting-depth";

const refusal = (status: 400 | 413, message: string) =>
  new Response(`${message} Nothing was saved.\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * A clear 413 or 400 for a server-action body that is too large or too deeply nested for its page, before Next.js
 * reads it (which answers 500 above its one global limit, and overflows the stack on deep nesting). Null: let it
 * through. Every POST to a page is checked, whether a script's `Next-Action` call or a form posted without script.
 */
export async function refuseActionBody(request: Request, pathname: string): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const limit = serverActionBodyLimit(pathname);
  const tooLarge = () => refusal(413, `The request is larger than ${limit} bytes, the most this page takes.`);
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) return tooLarge();
  if (!request.body) return null;
  // Read here, not trusted from the header: a chunked body has none. Next.js gives the proxy its own copy of the
  // body (buffered up to experimental.proxyClientMaxBodySize, set just above the largest limit in next.config.ts).
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  if (nestingDepthExceeds(text, MAX_BODY_NESTING))
    return refusal(400, `The request nests data more than ${MAX_BODY_NESTING} levels deep, which no form sends.`);
  return null;
}
