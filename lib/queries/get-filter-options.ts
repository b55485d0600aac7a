import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export type FilterOption = { value: string; label: string; count: number; colour?: string };
export type FilterOptions = { outlets: FilterOption[]; claimants: FilterOption[]; sides: FilterOption[]; places: FilterOption[]; datasets: FilterOption[] };

// Every page shows the filter bar. The counts come from claim_counts, which triggers on
// claims keep (migration 20261231150000_claim_counts): reading them costs what the lists
// show, not what the claims are (counting 10M claims four ways took seconds). The lists
// are still kept a few seconds, as the names and counts change only when claims do.
const TTL_MS = 10_000;
let cached: { at: number; value: Promise<FilterOptions> } | null = null;

/** The values each filter can take, with how many claims have each (most first). */
export function getFilterOptions(): Promise<FilterOptions> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const value = loadFilterOptions();
  cached = { at: Date.now(), value };
  value.catch(() => (cached = null)); // never keep a failure
  return value;
}

async function loadFilterOptions(): Promise<FilterOptions> {
  const [outlets, claimants, sides, places, datasets] = await Promise.all([
    readSql<FilterOption[]>(Prisma.sql`
      SELECT o.name AS value, o.name || CASE WHEN o.kind = 'dataset' THEN ' (data set)' ELSE '' END AS label, n.claims::int AS count
      FROM claim_counts n JOIN outlets o ON o.id = n.value_id
      WHERE n.kind = 'outlet' AND n.claims > 0 ORDER BY count DESC, o.name LIMIT 500`),
    readSql<FilterOption[]>(Prisma.sql`
      SELECT cl.name AS value, cl.name AS label, n.claims::int AS count
      FROM claim_counts n JOIN claimants cl ON cl.id = n.value_id
      WHERE n.kind = 'claimant' AND n.claims > 0 ORDER BY count DESC, cl.name LIMIT 500`),
    readSql<FilterOption[]>(Prisma.sql`
      SELECT s.key AS value, s.label, s.colour, COALESCE(n.claims, 0)::int AS count
      FROM sides s LEFT JOIN claim_counts n ON n.kind = 'side' AND n.value_id = s.id
      ORDER BY s.sort_order, s.key`),
    readSql<FilterOption[]>(Prisma.sql`
      SELECT p.name AS value, p.name AS label, n.claims::int AS count
      FROM claim_counts n JOIN places p ON p.id = n.value_id
      WHERE n.kind = 'place' AND n.claims > 0 ORDER BY count DESC, p.name LIMIT 500`),
    // Data sets count their rows (events), the unit their publishers count in.
    readSql<FilterOption[]>(Prisma.sql`
      SELECT o.name AS value, o.name AS label, count(de.event_id)::int AS count FROM outlets o JOIN dataset_events de ON de.outlet_id = o.id
      WHERE o.kind = 'dataset' GROUP BY o.name ORDER BY o.name`),
  ]);
  return { outlets, claimants, sides, places, datasets };
}
