import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";

export type FilterOption = { value: string; label: string; count: number; colour?: string };
export type FilterOptions = { outlets: FilterOption[]; claimants: FilterOption[]; sides: FilterOption[]; places: FilterOption[]; datasets: FilterOption[] };

// Every page shows the filter bar, and counting a million claims per outlet, claimant
// and place on each view is most of a page's cost. The lists change only when
// reports arrive; a few seconds of staleness in the counts is invisible to a reader.
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
  const prisma = getReadPrisma();
  const [outlets, claimants, sides, places, datasets] = await Promise.all([
    // reports.claim_count holds each report's claims: a sum over reports, not a count over claims.
    prisma.$queryRaw<FilterOption[]>`
      SELECT o.name AS value, o.name || CASE WHEN o.kind = 'dataset' THEN ' (data set)' ELSE '' END AS label, sum(r.claim_count)::int AS count
      FROM outlets o JOIN reports r ON r.outlet_id = o.id
      GROUP BY o.name, o.kind HAVING sum(r.claim_count) > 0 ORDER BY count DESC, o.name LIMIT 500`,
    prisma.$queryRaw<FilterOption[]>`
      SELECT cl.name AS value, cl.name AS label, count(c.id)::int AS count FROM claimants cl JOIN claims c ON c.claimant_id = cl.id
      GROUP BY cl.name ORDER BY count DESC, cl.name LIMIT 500`,
    prisma.$queryRaw<FilterOption[]>`
      SELECT s.key AS value, s.label, s.colour, count(c.id)::int AS count FROM sides s LEFT JOIN claims c ON c.side_id = s.id
      GROUP BY s.key, s.label, s.colour, s.sort_order ORDER BY s.sort_order, s.key`,
    prisma.$queryRaw<FilterOption[]>`
      SELECT p.name AS value, p.name AS label, count(c.id)::int AS count FROM places p JOIN claims c ON c.place_id = p.id
      GROUP BY p.name ORDER BY count DESC, p.name LIMIT 500`,
    // Data sets count their rows (events), the unit their publishers count in.
    prisma.$queryRaw<FilterOption[]>`
      SELECT o.name AS value, o.name AS label, count(de.event_id)::int AS count FROM outlets o JOIN dataset_events de ON de.outlet_id = o.id
      WHERE o.kind = 'dataset' GROUP BY o.name ORDER BY o.name`,
  ]);
  return { outlets, claimants, sides, places, datasets };
}
