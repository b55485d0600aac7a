import type { Metadata } from "next";
import { Suspense } from "react";
import { FilterBar } from "@/components/filters/filter-bar";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { CasualtyMap } from "@/components/map/casualty-map";
import { LeftOffPlaces } from "@/components/map/left-off-places";
import { MapLayers } from "@/components/map/map-layers";
import { MapLegend } from "@/components/map/map-legend";
import { MapRowsTable } from "@/components/map/map-rows-table";
import { EmptyDatabase } from "@/components/start/empty-database";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DownloadCsv } from "@/components/ui/download-csv";
import { keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/routes/load-page-data";
import { makeMapFrame } from "@/lib/map/map-frame";
import { datasetCountry, getProfile } from "@/lib/profiles";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { getMap, NEWS_LAYER } from "@/lib/queries/get-map";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { chartOutcome, mapQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Map" };

export default async function MapPage({ searchParams }: PageProps<"/map">) {
  const parsed = parseLenientReporting(mapQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const profile = getProfile();
  const result = await loadPageData(async () => {
    const options = await getFilterOptions();
    const { q, ignored } = keepKnownFilterValues(parsed, profile.sides.map((s) => s.key), options);
    const outcome = chartOutcome(q.outcome);
    const map = await getMap(q, outcome, { news: q.news === "show", datasets: q.dataset });
    const isEmptyDatabase = map.rows.length === 0 && map.leftOff.length === 0 && !(await hasAnyClaims());
    return { options, q, ignored, outcome, map, isEmptyDatabase };
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { options, q, ignored, outcome, map, isEmptyDatabase } = result.data;
  if (isEmptyDatabase) return <EmptyDatabase />;

  const defaults = mapQuerySchema.parse({});
  const query = viewQueryString(q, defaults);
  const frame = makeMapFrame(datasetCountry(profile), map.rows.map((r) => [r.longitude, r.latitude]));
  const cities = profile.places.flatMap((p) => (p.kind === "city" && p.latitude !== undefined && p.longitude !== undefined ? [{ name: p.name, latitude: p.latitude, longitude: p.longitude }] : []));

  return (
    <>
      <h1>Map of reported {outcome}</h1>
      <p className="lede">
        Where the {outcome} were reported: one circle per place and side, its area proportional to the best estimate summed over the incident
        events there (cumulative totals are compared, never added). News claims are filled circles; each data set switched on adds rings at its
        rows&apos; published coordinates. Hover a circle for its place, period, side, low–best–high and claims.
      </p>
      <Suspense fallback={null}>
        <FilterBar options={options} outcome={outcome} />
      </Suspense>
      <IgnoredValuesNotice ignored={ignored} cleanHref={`/map${query}`} />
      <div className="map-layout">
        <div>
          <Suspense fallback={null}>
            <MapLayers newsLabel={NEWS_LAYER} datasets={options.datasets} />
          </Suspense>
          {map.notes.map((note) => (
            <p key={note} className="notice small" role="status">{note}</p>
          ))}
          <CasualtyMap frame={frame} rows={map.rows} datasets={q.dataset} outcome={outcome} cities={cities} />
          {map.rows.length === 0 && (
            <div className="empty">
              <p><strong>Nothing to draw for these filters and layers.</strong></p>
              <p>Clear a filter, or switch a layer on.</p>
            </div>
          )}
        </div>
        <MapLegend rows={map.rows} layers={map.layers} datasets={q.dataset} outcome={outcome} />
      </div>
      <LeftOffPlaces leftOff={map.leftOff} outcome={outcome} />
      {map.rows.length > 0 && <MapRowsTable rows={map.rows} outcome={outcome} />}
      <div className="actions">
        <DownloadCsv endpoint="/api/map.csv" query={query} label="Download CSV of the circles drawn" />
        <ConventionNote convention={q.convention} />
      </div>
    </>
  );
}
