/**
 * Fingerprint of the English text a translation was made from. It only has to notice that the English changed
 * (and that it changed back), so a fast, synchronous, dependency-free hash is enough: 64-bit FNV-1a, which
 * runs the same in the editor's browser tab, on the server and in the translation script. Prefixed with its
 * name so a later algorithm can be told apart from this one.
 */
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function sourceHash(english: string): string {
  let hash = OFFSET;
  // Hash UTF-8 bytes, not UTF-16 units, so any other implementation of FNV-1a gives the same value.
  for (const byte of new TextEncoder().encode(english.trim())) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, "0")}`;
}
