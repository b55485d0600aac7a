// The hand-made gold claims of a corpus (see corpus/README.md in the shared folder).
import { z } from "zod";
import { OUTCOMES, QUALIFIERS, SCOPES } from "@/lib/claim-vocabulary";

const outcome = z.enum(OUTCOMES);
const qualifier = z.enum(QUALIFIERS);

export const goldVariantSchema = z.object({
  side: z.string().optional(),
  outcome: outcome.optional(),
  low: z.number().optional(),
  high: z.number().nullable().optional(),
  qualifier: qualifier.optional(),
});

export const goldClaimSchema = z.object({
  quote: z.string(),
  number_text: z.string(),
  side: z.string(),
  outcome,
  low: z.number(),
  high: z.number().nullable(),
  qualifier,
  claimant: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  when: z.string().nullable().optional(),
  /** "YYYY-MM-DD" or "START/END", null when the period cannot be known. */
  date: z.string().nullable().optional(),
  scope: z.enum(SCOPES).optional(),
  optional: z.boolean().default(false),
  also_ok: z.array(goldVariantSchema).optional(),
});

export const goldFileSchema = z.object({ article: z.string(), claims: z.array(goldClaimSchema) });

export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldVariant = z.infer<typeof goldVariantSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;
