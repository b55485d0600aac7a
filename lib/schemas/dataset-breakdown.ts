// The fields a data set's rows can be summed by (GET /api/datasets/breakdown).
import { z } from "zod";
import { dateOrder, filterFields } from "@/lib/filters/filter-schema";

export const BREAKDOWN_FIELDS = ["year", "month", "day", "type", "sub-type", "adm1", "region", "country", "side-b", "sources", "place"] as const;
export type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];

export const datasetBreakdownQuerySchema = z
  .object({
    name: z.string().trim().min(1, "must name a data set").max(200),
    by: z.enum(BREAKDOWN_FIELDS).default("year"),
    place: filterFields.place,
    from: filterFields.from,
    to: filterFields.to,
  })
  .refine(...dateOrder);
