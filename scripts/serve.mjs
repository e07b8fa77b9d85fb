// The production server (`npm start` runs it after bootstrap): Next.js's request handler behind Node's own HTTP
// server, for one reason. Next.js keeps an X-Forwarded-For header that the client sent and fills it in only when
// it is missing, so a client could pick its own address and dodge the rate limits and the sign-in throttle. Here
// the header is set from the connection itself, unless TRUST_PROXY says a reverse proxy in front sets it.
import http from "node:http";
import next from "next";
import * as z from "zod";

const port = Number(process.env.PORT ?? 3000);
// Its own two reads of process.env, parsed like the settings in lib/env.ts: this file is plain Node that starts
// Next.js, and lib/env.ts is TypeScript behind "server-only" that only loads inside the built app.
const trustProxy = z.stringbool().default(false).parse(process.env.TRUST_PROXY);

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((req, res) => {
    if (!trustProxy || !req.headers["x-forwarded-for"]) req.headers["x-forwarded-for"] = req.socket.remoteAddress;
    // The same rule for the host: a forged X-Forwarded-Host would satisfy the server-action origin check.
    if (!trustProxy) delete req.headers["x-forwarded-host"];
    void handle(req, res);
  })
  .listen(port, () => console.log(`[spine-intake] serving on port ${port}`));
