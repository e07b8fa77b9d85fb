/**
 * Whether JSON-like text opens more than `max` arrays/objects inside each other. A linear scan of the raw text that
 * skips string contents, so it runs before any parser: React's decodeReply, zod and JSON.stringify all recurse, and
 * a body of a few kilobytes of `[[[[…` made the intake action overflow the stack and answer 500.
 * Used on multipart bodies too: their headers and plain fields hold no brackets outside quotes that matter here.
 */
export function nestingDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth = Math.max(0, depth - 1);
  }
  return false;
}
