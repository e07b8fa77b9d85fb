import type { IncomingMessage, ServerResponse } from "node:http";

export function createRequestObserver(options: {
  trustProxy: boolean;
  distDir: string;
}): (req: IncomingMessage, res: ServerResponse, handle: () => unknown) => void;

export function routeMatcher(distDir: string): (url: string) => string;
