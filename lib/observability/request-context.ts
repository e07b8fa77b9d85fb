// The request id of the request being handled, for log lines written deep inside the app. scripts/serve.mjs runs
// each request inside an AsyncLocalStorage it keeps on globalThis (the server and the app's bundle are separate
// module graphs, so a shared import would give two stores). Outside a request, or under `next dev`, there is none.
import type { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

const globalForRequests = globalThis as unknown as { __spineRequestContext?: AsyncLocalStorage<RequestContext> };

export function currentRequestId(): string | undefined {
  return globalForRequests.__spineRequestContext?.getStore()?.requestId;
}
