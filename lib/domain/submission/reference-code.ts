// Reference codes are read aloud over the phone: no 0/O, 1/I/L or U, and grouped in fours.
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 8 characters from a 30-letter alphabet ≈ 39 bits; uniqueness is enforced by the database anyway. */
export function makeReferenceCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < 8) throw new Error("makeReferenceCode needs 8 random bytes");
  let code = "";
  for (let i = 0; i < 8; i++) {
    // 256 % 30 = 16: the slight bias toward the first 16 letters is harmless for a lookup code.
    code += REFERENCE_ALPHABET[randomBytes[i]! % REFERENCE_ALPHABET.length];
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const REFERENCE_CODE_PATTERN = new RegExp(`^[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A code as a patient reads it out or types it ("abcd efgh", "ABCDEFGH") in its stored form, or null. */
export function normalizeReferenceCode(input: string): string | null {
  const letters = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  if (letters.length !== 8) return null;
  const code = `${letters.slice(0, 4)}-${letters.slice(4)}`;
  return REFERENCE_CODE_PATTERN.test(code) ? code : null;
}
