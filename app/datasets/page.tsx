import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { BreakdownTable } from "@/components/datasets/breakdown-table";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { PageCitation } from "@/components/ui/page-citation";
import { DownloadCsv } from "@/components/ui/download-csv";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { loadPageData } from "@/lib/routes/load-page-data";
import type { DatasetImportSummary } from "@/lib/mutations/import-dataset";
import { getDatasetBreakdown } from "@/lib/queries/get-dataset-breakdown";
import { listDatasets } from "@/lib/queries/list-datasets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Data sets" };

// The fields offered here give short tables; the API also sums by day, country and place.
const FIELDS = { year: "Year", month: "Month", type: "Type of violence / event", "sub-type": "Sub-event type", adm1: "First-order unit", region: "Region", "side-b": "Side B", sources: "Number of sources" } as const;
const querySchema = z.object({ name: z.string().max(200).optional().catch(undefined), by: z.enum(Object.keys(FIELDS) as [keyof typeof FIELDS]).catch("year") });

export default async function DatasetsPage({ searchParams }: PageProps<"/datasets">) {
  const raw = await searchParams;
  const q = querySchema.parse({ name: typeof raw.name === "string" ? raw.name : undefined, by: raw.by ?? "year" });
  const list = await loadPageData(listDatasets);
  if (!list.ok) return <DatabaseUnavailable />;
  const datasets = list.data;
  const chosen = datasets.find((d) => d.name === q.name) ?? datasets[0];
  const breakdown = chosen ? await loadPageData(() => getDatasetBreakdown(chosen.name, q.by, DEFAULT_FILTERS)) : null;
  const summary = chosen?.imports[0]?.summary as DatasetImportSummary | undefined;
  const link = (params: Record<string, string>) => `/datasets?${new URLSearchParams({ name: chosen?.name ?? "", by: q.by, ...params })}`;
  return (
    <>
      <h1>Data sets</h1>
      <p className="lede">
        Curated event data (UCDP GED, ACLED) imported to compare with the news claims: each row as published, with its own figures. Pick one under
        “Compare with” on the overview or the comparison, or as an outlet to see its claims.
      </p>
      {datasets.length === 0 ? (
        <div className="empty">
          <p><strong>No data sets yet.</strong></p>
          <p>Import one with <code>npm run import:dataset -- FILE</code>, or, as an editor, on the <Link href="/ingest#datasets">ingest page</Link>.</p>
        </div>
      ) : (
        <>
          <table className="compact" aria-label="Data sets imported">
            <thead>
              <tr><th>Data set</th><th className="num">Events</th><th>From</th><th>To</th><th>Last import</th><th /></tr>
            </thead>
            <tbody>
              {datasets.map((d) => (
                <tr key={d.name} aria-current={d.name === chosen?.name ? "true" : undefined}>
                  <td><Link href={`/datasets?${new URLSearchParams({ name: d.name, by: q.by })}`}>{d.name}</Link></td>
                  <td className="num">{d.events.toLocaleString("en")}</td>
                  <td>{d.firstDay ?? "—"}</td>
                  <td>{d.lastDay ?? "—"}</td>
                  <td>{d.imports[0] ? `${d.imports[0].fileName ?? "?"}, ${d.imports[0].importedAt.slice(0, 10)}` : "—"}</td>
                  <td><Link href={`/?dataset=${encodeURIComponent(d.name)}`}>Beside the news</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
          {chosen && (
            <section className="panel" aria-labelledby="dataset-heading">
              <div className="panel-head">
                <h2 id="dataset-heading">{chosen.name}</h2>
                {summary && (
                  <p className="muted small">
                    {summary.layoutLabel}. Last import: {summary.rowsRead.toLocaleString("en")} rows read, {summary.imported.toLocaleString("en")} imported,{" "}
                    {summary.alreadyImported.toLocaleString("en")} already there, {summary.outsideCountry.toLocaleString("en")} outside {summary.country ?? "any country"},{" "}
                    {summary.malformed.length} malformed{summary.malformed.length ? ` (${summary.malformed.slice(0, 3).map((m) => `line ${m.line}: ${m.reason}`).join("; ")})` : ""}.
                    {summary.unmappedActors.length > 0 && ` Actor names no profile side knows: ${summary.unmappedActors.slice(0, 8).map((a) => `${a.name} (${a.rows})`).join(", ")}${summary.unmappedActors.length > 8 ? ", …" : ""}.`}
                  </p>
                )}
                <nav className="segmented" aria-label="Sum by">
                  {Object.entries(FIELDS).map(([by, label]) => (
                    <Link key={by} href={link({ by })} aria-current={by === q.by ? "page" : undefined} className="segment-link">{label}</Link>
                  ))}
                </nav>
              </div>
              {breakdown?.ok && breakdown.data ? <BreakdownTable breakdown={breakdown.data} label={FIELDS[q.by]} /> : <DatabaseUnavailable />}
              <div className="actions">
                <DownloadCsv endpoint="/api/datasets/breakdown.csv" query={`?${new URLSearchParams({ name: chosen.name, by: q.by })}`} />
              </div>
              <PageCitation
                title={`${chosen.name}: its rows summed by ${FIELDS[q.by].toLowerCase()}, as published`}
                path="/datasets"
                query={`?${new URLSearchParams({ name: chosen.name, by: q.by })}`}
                filters={DEFAULT_FILTERS}
                settings={{ outcome: "killed", by: FIELDS[q.by].toLowerCase() }}
                sources={{ filters: { ...DEFAULT_FILTERS, dataset: [chosen.name] }, claims: false }}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
