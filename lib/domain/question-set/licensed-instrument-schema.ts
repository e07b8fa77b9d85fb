// The meta-schema of a licensed-instrument mark, apart from the registry and its check (licensed-instruments.ts).
import * as z from "zod";

/**
 * Marks a block of questions (and optionally the score worked out from them) as a registered licensed instrument.
 * `items` are the draft's question ids in the order of the instrument's registered text.
 */
export const licensedInstrumentMarkSchema = z.strictObject({
  instrument: z.string().min(1, "Name the registered instrument"),
  items: z.array(z.string().min(1)).min(1, "A licensed instrument needs its questions"),
  score: z.string().min(1).optional(),
});

export const licensedInstrumentsSchema = z.array(licensedInstrumentMarkSchema);

export type LicensedInstrumentMark = z.output<typeof licensedInstrumentMarkSchema>;
