// GET /embed/overview?<the overview's query> - the per-side chart alone, for an iframe
import type { Metadata } from "next";
import { DeathsChart } from "@/components/charts/deaths-chart";
import { EmbeddedChart } from "@/components/charts/embedded-chart";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { sideChartTitles } from "@/lib/charts/axis-titles";
import { overviewPublications } from "@/lib/citation/overview-publications";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { loadPageData } from "@/lib/routes/load-page-data";
import { getPageOrigin } from "@/lib/http/page-origin";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getEmbeddedOverview } from "@/lib/queries/get-overview-charts";
import { overviewQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chart" };

export default async function EmbeddedOverviewChart({ searchParams }: PageProps<"/embed/overview">) {
  const parsed = parseLenientReporting(overviewQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const result = await loadPageData(() => getEmbeddedOverview(parsed));
  if (!result.ok) return <DatabaseUnavailable />;
  const { q, outcome, charts } = result.data;
  const published = overviewPublications({
    q, outcome, sides: charts.sides, datasets: charts.series.datasets, sources: charts.sources,
    sideLabels: shortSideLabels(getProfile()), origin: await getPageOrigin(), accessed: new Date(),
  });
  return (
    <EmbeddedChart publication={published.perSide}>
      {charts.rows.length === 0 ? (
        <p className="empty">No dated {outcome} claims match these filters.</p>
      ) : (
        <DeathsChart rows={charts.rows} sides={charts.sides} mode={q.chart} bin={q.bin} scale={q.scale} titles={sideChartTitles(outcome, q.bin, q.chart, q.scale)} />
      )}
    </EmbeddedChart>
  );
}
