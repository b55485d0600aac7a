// The coverage view: reports per month (by outlet) and per place, beside the
// casualty figures claimed for them.
import "server-only";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { getCoverageByMonth, type CoverageByMonth } from "./get-coverage-by-month";
import { getCoverageByPlace, type CoveragePlace } from "./get-coverage-by-place";

export type Coverage = CoverageByMonth & { outcome: Outcome; places: CoveragePlace[] };

export async function getCoverage(filters: Filters, outcome: Outcome): Promise<Coverage> {
  const [byMonth, places] = await Promise.all([getCoverageByMonth(filters, outcome), getCoverageByPlace(filters, outcome)]);
  return { outcome, ...byMonth, places };
}
