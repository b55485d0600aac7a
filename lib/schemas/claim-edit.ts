// What an editor may change on a claim, and what a new claim (selected in the
// report's text) must carry. Shared by the review form and the route handlers.
import { z } from "zod";
import { OUTCOMES, QUALIFIERS, SCOPES } from "@/lib/claim-vocabulary";
import { isoDateSchema } from "@/lib/values/dates";
import { idSchema, wholeNumber } from "@/lib/values/integers";

const count = z.number().int("must be a whole number").min(0, "must not be negative").max(10_000_000);

const claimFields = {
  side: z.string().regex(/^[a-z0-9_-]{1,40}$/, "must be a side key such as regime or is"),
  outcome: z.enum(OUTCOMES),
  qualifier: z.enum(QUALIFIERS),
  low: count,
  high: count.nullable(),
  claimant: z.string().trim().min(1, "must not be empty").max(300),
  location: z.string().trim().min(1).max(300).nullable(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  scope: z.enum(SCOPES),
};

const coherent = <T extends { low?: number; high?: number | null; periodStart?: string | null; periodEnd?: string | null }>(schema: z.ZodType<T>) =>
  schema
    .refine((c) => c.high === undefined || c.high === null || c.low === undefined || c.high >= c.low, { message: "must not be below low", path: ["high"] })
    .refine((c) => !c.periodStart || !c.periodEnd || c.periodEnd >= c.periodStart, { message: "must not be before periodStart", path: ["periodEnd"] });

export const claimPatchSchema = coherent(
  z
    .object({
      version: idSchema,
      reviewStatus: z.enum(["pending", "accepted", "rejected"]).optional(),
      eventId: idSchema.nullable().optional(),
      side: claimFields.side.optional(),
      outcome: claimFields.outcome.optional(),
      qualifier: claimFields.qualifier.optional(),
      low: claimFields.low.optional(),
      high: claimFields.high.optional(),
      claimant: claimFields.claimant.optional(),
      location: claimFields.location.optional(),
      periodStart: claimFields.periodStart.optional(),
      periodEnd: claimFields.periodEnd.optional(),
      scope: claimFields.scope.optional(),
    })
    .strict(),
);
export type ClaimPatch = z.infer<typeof claimPatchSchema>;

export const newClaimSchema = coherent(
  z
    .object({
      reportId: idSchema,
      spanStart: wholeNumber(0),
      spanEnd: wholeNumber(1),
      numberText: z.string().trim().min(1).max(200).optional(),
      ...claimFields,
    })
    .strict()
    .refine((c) => c.spanEnd > c.spanStart, { message: "must be after spanStart", path: ["spanEnd"] }),
);
export type NewClaim = z.infer<typeof newClaimSchema>;

export const CORRECTABLE_FIELDS = Object.keys(claimFields) as (keyof typeof claimFields)[];
