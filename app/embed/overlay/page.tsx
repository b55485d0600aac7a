// GET /embed/overlay?<the overview's query, with dataset=…> - the news beside the data sets, alone, for an iframe
import type { Metadata } from "next";
import { EmbeddedChart } from "@/components/charts/embedded-chart";
import { OverlayChart } from "@/components/charts/overlay-chart";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { overlayChartTitles } from "@/lib/charts/axis-titles";
import { overlaySeries, toOverlayRows } from "@/lib/charts/overlay-rows";
import { overviewPublications } from "@/lib/citation/overview-publications";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { loadPageData } from "@/lib/routes/load-page-data";
import { getPageOrigin } from "@/lib/http/page-origin";
import { setPageStatus } from "@/lib/http/page-status";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getEmbeddedOverview } from "@/lib/queries/get-overview-charts";
import { overviewQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chart" };

export default async function EmbeddedOverlayChart({ searchParams }: PageProps<"/embed/overlay">) {
  const parsed = parseLenientReporting(overviewQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const result = await loadPageData(() => getEmbeddedOverview(parsed));
  if (!result.ok) return <DatabaseUnavailable />;
  const { q, outcome, charts } = result.data;
  const published = overviewPublications({
    q, outcome, sides: charts.sides, datasets: charts.series.datasets, sources: charts.sources,
    sideLabels: shortSideLabels(getProfile()), origin: await getPageOrigin(), accessed: new Date(),
  });
  if (!published.overlay) {
    setPageStatus(400);
    return <p className="notice">This chart sets the news claims beside curated data sets: name at least one with <code>dataset=</code> in the address.</p>;
  }
  const { newsTotals, datasets } = charts.series;
  return (
    <EmbeddedChart publication={published.overlay}>
      <OverlayChart
        rows={toOverlayRows(newsTotals, datasets, q.bin, charts.bins)}
        series={overlaySeries(datasets)}
        bin={q.bin}
        scale={q.scale}
        titles={overlayChartTitles(outcome, q.bin, q.placement, q.scale)}
      />
    </EmbeddedChart>
  );
}
