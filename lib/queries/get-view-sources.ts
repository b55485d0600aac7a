// The sources a view's figures come from, for its source line and citation: the
// outlets with a claim that matches the filters (a data set picked as an outlet is
// one of them), and the data sets set beside the news (`dataset`), each with the
// family of the layout it was imported from, which decides its licence.
import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATASET_LAYOUTS, type DatasetLayout } from "@/lib/datasets/layouts";
import type { ViewSources } from "@/lib/citation/sources";
import type { Filters } from "@/lib/filters/filter-schema";
import { filtersToWhere } from "@/lib/sql/claim-filters";

type Row = { name: string; kind: string; layout: string | null };

/** `claims: false` for a view of data sets alone (the data-set breakdown): only `filters.dataset` is named. */
export async function getViewSources(filters: Filters, { claims = true }: { claims?: boolean } = {}): Promise<ViewSources> {
  // EXISTS per outlet stops at the outlet's first matching claim (index on outlet_id, period_start).
  const matching = claims ? Prisma.sql`OR EXISTS (SELECT 1 FROM claims c ${filtersToWhere(filters, Prisma.sql`c.outlet_id = o.id`)})` : Prisma.empty;
  const rows = await getReadPrisma().$queryRaw<Row[]>`
    SELECT o.name, o.kind::text AS kind,
           (SELECT i.layout FROM dataset_imports i WHERE i.outlet_id = o.id ORDER BY i.id DESC LIMIT 1) AS layout
    FROM outlets o
    WHERE (o.kind = 'dataset' AND o.name = ANY(${filters.dataset}::text[])) ${matching}
    ORDER BY o.name`;
  return {
    outlets: rows.filter((r) => r.kind !== "dataset").map((r) => r.name),
    datasets: rows
      .filter((r) => r.kind === "dataset")
      .map((r) => ({ name: r.name, family: r.layout && r.layout in DATASET_LAYOUTS ? DATASET_LAYOUTS[r.layout as DatasetLayout].family : null })),
  };
}
