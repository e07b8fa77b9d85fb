/**
 * A redirect to a path on this site, sent as a relative Location: the browser stays on the host it used, so
 * a cookie just set for that host is there on the next page (behind a proxy, the server's own hostname differs).
 */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
