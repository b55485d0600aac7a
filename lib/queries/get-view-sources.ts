// The sources a view's figures come from, for its source line and citation: the
// outlets with a claim that matches the filters (a data set picked as an outlet is
// one of them), and the data sets set beside the news (`dataset`), each with the
// family of the layout it was imported from, which decides its licence.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATASET_LAYOUTS, type DatasetLayout } from "@/lib/datasets/layouts";
import type { ViewSources } from "@/lib/citation/sources";
import type { Filters } from "@/lib/filters/filter-schema";
import { filtersToWhere, NOT_REJECTED } from "@/lib/sql/claim-filters";

type Row = { name: string; kind: string; layout: string | null };

/** `claims: false` for a view of data sets alone (the data-set breakdown): only `filters.dataset` is named. */
export async function getViewSources(filters: Filters, { claims = true }: { claims?: boolean } = {}): Promise<ViewSources> {
  const matching = claims ? Prisma.sql`OR o.id IN (${await outletsWithMatchingClaims(filters)})` : Prisma.empty;
  const rows = await readSql<Row[]>(Prisma.sql`
    SELECT o.name, o.kind::text AS kind,
           (SELECT i.layout FROM dataset_imports i WHERE i.outlet_id = o.id ORDER BY i.id DESC LIMIT 1) AS layout
    FROM outlets o
    WHERE (o.kind = 'dataset' AND o.name = ANY(${filters.dataset}::text[])) ${matching}
    ORDER BY o.name`);
  return {
    outlets: rows.filter((r) => r.kind !== "dataset").map((r) => r.name),
    datasets: rows
      .filter((r) => r.kind === "dataset")
      .map((r) => ({ name: r.name, family: r.layout && r.layout in DATASET_LAYOUTS ? DATASET_LAYOUTS[r.layout as DatasetLayout].family : null })),
  };
}

/**
 * The ids of the outlets with a claim the filters keep, as a subquery. One EXISTS per outlet
 * correlated with the outlets table was planned as if every outlet had its share of the
 * claims: a sequential scan to the first match, which for an outlet with few claims (or
 * none matching, under a claimant filter) read the whole table, per outlet (400 ms at 1M
 * claims unfiltered, 7.5 s with one claimant). So:
 * - filters that pick claims: the outlets of the matching claims, found through the
 *   filters' own indexes (what the view shows);
 * - no such filter (the overview's default): each news outlet asked on its own, its id a
 *   parameter, so the planner reads that outlet's own statistics (an index probe for a small one).
 */
async function outletsWithMatchingClaims(filters: Filters): Promise<Prisma.Sql> {
  if (picksClaims(filters)) return Prisma.sql`SELECT c.outlet_id FROM claims c ${filtersToWhere(filters)}`;
  const outlets = await readSql<{ id: number }[]>(Prisma.sql`SELECT id FROM outlets WHERE kind <> 'dataset'`);
  if (outlets.length === 0) return Prisma.sql`SELECT NULL::int`;
  return Prisma.join(
    outlets.map(({ id }) => Prisma.sql`SELECT ${id}::int WHERE EXISTS (SELECT 1 FROM claims c WHERE c.outlet_id = ${id}::int AND ${NOT_REJECTED})`),
    " UNION ALL ",
  );
}

function picksClaims(f: Filters): boolean {
  return Boolean(f.outlet.length || f.claimant.length || f.side.length || f.outcome.length || f.place.length || f.scope.length || f.from || f.to || f.review !== "all");
}
