// A download's file name (a CSV, a chart) says what was filtered: claims_outlet-sohr_side-regime_2015-06-01_2015-06-30.csv
import type { Filters } from "@/lib/filters/filter-schema";
import { DEFAULT_FILTERS, LIST_FILTER_KEYS } from "@/lib/filters/filter-schema";

const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 30);

export function csvFileName(view: string, filters: Filters, extra: Record<string, string> = {}): string {
  const parts = [view];
  for (const key of LIST_FILTER_KEYS) {
    if (filters[key].length) parts.push(`${key}-${filters[key].map(slug).join("+")}`);
  }
  if (filters.from || filters.to) parts.push(`${filters.from ?? "start"}_${filters.to ?? "end"}`);
  if (filters.convention !== DEFAULT_FILTERS.convention) parts.push(filters.convention);
  for (const [k, v] of Object.entries(extra)) parts.push(`${k}-${slug(v)}`);
  return `${parts.join("_").slice(0, 180)}.csv`;
}
