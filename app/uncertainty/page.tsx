import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SideTotals } from "@/components/claims/side-totals";
import { FilterBar } from "@/components/filters/filter-bar";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { NoClaimsYet } from "@/components/start/no-claims-yet";
import { EventLink } from "@/components/events/event-link";
import { IntervalStrip } from "@/components/uncertainty/interval-strip";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { ViewCitation } from "@/components/ui/view-citation";
import { filtersInWords } from "@/lib/citation/filters-in-words";
import { pageCitation } from "@/lib/citation/page-citation";
import { getPageOrigin } from "@/lib/http/page-origin";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getViewSources } from "@/lib/queries/get-view-sources";
import { DownloadCsv } from "@/components/ui/download-csv";
import { sourceColours } from "@/lib/charts/source-colours";
import { keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { viewQueryString } from "@/lib/filters/query-string";
import { formatRange } from "@/lib/format/counts";
import { loadPageData } from "@/lib/routes/load-page-data";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { getSideTotals } from "@/lib/queries/get-side-totals";
import { getUncertainty } from "@/lib/queries/get-uncertainty";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { getProfile } from "@/lib/profiles";
import { isOwnVoice } from "@/lib/profiles/own-voice";
import { UNCERTAINTY_ORDER } from "@/lib/queries/view-orders";
import { cursorFits } from "@/lib/sql/keyset";
import { chartOutcome, uncertaintyPageQuerySchema, uncertaintyQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Uncertainty" };

export default async function UncertaintyPage({ searchParams }: PageProps<"/uncertainty">) {
  const parsed = parseLenientReporting(uncertaintyPageQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const result = await loadPageData(async () => {
    const options = await getFilterOptions(); // cached; says which sides and data sets exist
    const checked = keepKnownFilterValues(parsed, getProfile().sides.map((s) => s.key), options);
    const { cursor, ...q } = checked.q;
    const ignored = checked.ignored;
    const outcome = chartOutcome(q.outcome);
    // A cursor that does not fit (an edited link) is dropped: the page opens at `page`, as with any stale value.
    const byCursor = cursor !== undefined && cursorFits(cursor, UNCERTAINTY_ORDER);
    const paging = byCursor ? { ...q, cursor } : q;
    const [totals, uncertainty, sources] = await Promise.all([getSideTotals(q, outcome), getUncertainty(q, outcome, paging), getViewSources(q)]);
    const isEmptyDatabase = uncertainty.total === 0 && !(await hasAnyClaims());
    return { options, q, ignored, outcome, byCursor, totals, uncertainty, sources, isEmptyDatabase };
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { options, q, ignored, outcome, byCursor, totals, uncertainty, sources, isEmptyDatabase } = result.data;
  const sideLabels = Object.fromEntries(options.sides.map((s) => [s.value, s.label]));
  const profile = getProfile();
  const colours = sourceColours(uncertainty.rows.flatMap((r) => r.claims.map((c) => c.outlet)));
  const defaults = uncertaintyQuerySchema.parse({});
  const csvQuery = viewQueryString(q, defaults, ["page", "pageSize"]);
  const lastPage = Math.max(1, Math.ceil(uncertainty.total / q.pageSize));
  const page = uncertainty.page;
  // Next reads on from this page's last row (keyset paging); Previous back from its first; page 1 is the plain link.
  const pageLink = (cursor: string | null) => `/uncertainty${viewQueryString({ ...q, page: 1, cursor }, defaults)}`;
  const pageUrl = `${await getPageOrigin()}/uncertainty${viewQueryString(q, defaults)}`;
  const shortLabels = shortSideLabels(profile);
  const filtersText = filtersInWords(q, { outcome }, shortLabels);
  const citation = pageCitation({ title: "Uncertainty across claims", filters: q, settings: { outcome }, sideLabels: shortLabels, sources, url: pageUrl, accessed: new Date() });
  const stripTitle = (row: (typeof uncertainty.rows)[number]) =>
    `${sideLabels[row.side] ?? row.side} · ${row.place ?? "place unknown"} · ${row.periodStart ?? "date unknown"}${row.periodEnd && row.periodEnd !== row.periodStart ? ` – ${row.periodEnd}` : ""}: each claim of ${outcome}`;

  return (
    <>
      <h1>Uncertainty across claims</h1>
      <Suspense fallback={null}>
        <FilterBar options={options} outcome={outcome} />
      </Suspense>
      <IgnoredValuesNotice ignored={ignored} cleanHref={`/uncertainty${viewQueryString(q, defaults)}`} />
      <section className="panel note">
        <h2>How low, best and high are derived</h2>
        <p>
          Incident claims about the same event (overlapping period, same place) are grouped; a cumulative total joins only totals of the same side and place over the same period (sharing at least 90% of the longer one's days). Per event, side and outcome, each claimant counts once, by
          its latest statement. <strong>Low</strong> is the smallest lower bound any claimant gave; <strong>high</strong> the largest figure stated, marked
          “+” when it comes from an open-ended claim such as “at least 71”; <strong>best</strong> is the median of the claimants&apos; figures (the lower one on a
          tie). An event is <strong>disputed</strong> when its high is at least twice its low. Totals over a period (“since May 30”) are compared with the
          incidents, never added to them.
        </p>
        <ConventionNote convention={q.convention} />
      </section>
      <h2>Overall range per side ({outcome})</h2>
      <SideTotals totals={totals} outcome={outcome} />
      <h2>Events with the largest disagreement first</h2>
      {isEmptyDatabase ? (
        <NoClaimsYet />
      ) : uncertainty.rows.length === 0 ? (
        <p className="empty">No events match these filters.</p>
      ) : (
        <ol className="uncertainty-list">
          {uncertainty.rows.map((row) => (
            <li key={`${row.eventId}-${row.side}`} className={row.disputed ? "disputed-row" : undefined} data-testid="uncertainty-event">
              <div className="uncertainty-head">
                <EventLink eventId={row.eventId} /> · <strong>{sideLabels[row.side] ?? row.side}</strong> · {row.place ?? "place unknown"} · {row.periodStart ?? "date unknown"}
                {row.periodEnd && row.periodEnd !== row.periodStart ? ` – ${row.periodEnd}` : ""}
                {row.scope === "cumulative" && <span className="badge">cumulative</span>}
                {row.disputed && <span className="badge disputed">disputed</span>}
                <span className="muted"> · range {formatRange(row.low, row.high, row.highOpen)}, best {row.best}, {row.claimantCount} claimant{row.claimantCount === 1 ? "" : "s"}</span>
              </div>
              <ChartDownloads
                title={stripTitle(row)}
                filtersText={filtersText}
                sources={sources}
                pageUrl={pageUrl}
                fileBase={`uncertainty_event-${row.eventId}_${row.side}_${outcome}`}
                legend={[...new Set(row.claims.map((c) => c.outlet))].map((outlet) => ({ label: outlet, colour: colours[outlet] ?? "#555", block: true }))}
              >
                <IntervalStrip row={row} colours={colours} outcome={outcome} />
              </ChartDownloads>
              <ul className="legend">
                {row.claims.map((c) => (
                  <li key={c.claimId}>
                    <span className="swatch" style={{ background: colours[c.outlet] }} aria-hidden />
                    <Link href={`/reports/${c.reportId}#q-${c.claimId}`}>{c.outlet}</Link>
                    {!isOwnVoice(profile, c.outlet, c.claimant) && <span className="muted"> citing {c.claimant}</span>}: “{c.numberText}”
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {(lastPage > 1 || page > 1) && (
        <nav className="pager" aria-label="Pages">
          {page > 1 && <Link href={pageLink(page === 2 ? null : uncertainty.prevCursor)}>← Previous</Link>}
          <span>
            Page {page} of {lastPage}
            {byCursor && <span className="muted" title="Counting every row again on each page would make deep pages slow"> ({uncertainty.total} rows, counted on the first page)</span>}
          </span>
          {uncertainty.nextCursor && <Link href={pageLink(uncertainty.nextCursor)}>Next →</Link>}
        </nav>
      )}
      <div className="actions">
        <DownloadCsv endpoint="/api/uncertainty.csv" query={csvQuery} />
      </div>
      <ViewCitation {...citation} />
    </>
  );
}
