// Whole numbers from URLs and JSON bodies. A query or path value is read only when
// written in decimal digits ("0x10", "1e3", " 12" and "12.0" are refused, never
// read as 16, 1000 or 12); ids and counts stay inside PostgreSQL's integer range.
import { z } from "zod";

/** PostgreSQL's `integer` (int4): ids, versions and offsets are stored as one. */
export const INT4_MAX = 2_147_483_647;

/** A whole number in a JSON body, within [min, max]. */
export const wholeNumber = (min: number, max: number = INT4_MAX) =>
  z.number().int("must be a whole number").min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

/** A database id in a JSON body. */
export const idSchema = wholeNumber(1);

/** A whole number written in decimal digits in a URL (query parameter or path segment), within [min, max]. */
export const decimalParam = (min: number, max: number = INT4_MAX) =>
  z
    .string()
    .regex(/^\d{1,15}$/, "must be a whole number written in digits")
    .transform(Number)
    .pipe(wholeNumber(min, max));

/** The id in a path such as /api/claims/[id]. */
export const pathIdSchema = decimalParam(1);
