import "server-only";
import { getPrisma } from "@/lib/db/client";

export type FilterOption = { value: string; label: string; count: number; colour?: string };
export type FilterOptions = { outlets: FilterOption[]; claimants: FilterOption[]; sides: FilterOption[]; places: FilterOption[] };

/** The values each filter can take, with how many claims have each (most first). */
export async function getFilterOptions(): Promise<FilterOptions> {
  const prisma = getPrisma();
  const [outlets, claimants, sides, places] = await Promise.all([
    prisma.$queryRaw<FilterOption[]>`
      SELECT o.name AS value, o.name AS label, count(c.id)::int AS count FROM outlets o JOIN claims c ON c.outlet_id = o.id
      GROUP BY o.name ORDER BY count DESC, o.name LIMIT 500`,
    prisma.$queryRaw<FilterOption[]>`
      SELECT cl.name AS value, cl.name AS label, count(c.id)::int AS count FROM claimants cl JOIN claims c ON c.claimant_id = cl.id
      GROUP BY cl.name ORDER BY count DESC, cl.name LIMIT 500`,
    prisma.$queryRaw<FilterOption[]>`
      SELECT s.key AS value, s.label, s.colour, count(c.id)::int AS count FROM sides s LEFT JOIN claims c ON c.side_id = s.id
      GROUP BY s.key, s.label, s.colour, s.sort_order ORDER BY s.sort_order, s.key`,
    prisma.$queryRaw<FilterOption[]>`
      SELECT p.name AS value, p.name AS label, count(c.id)::int AS count FROM places p JOIN claims c ON c.place_id = p.id
      GROUP BY p.name ORDER BY count DESC, p.name LIMIT 500`,
  ]);
  return { outlets, claimants, sides, places };
}
