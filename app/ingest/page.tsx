import type { Metadata } from "next";
import Link from "next/link";
import { DatasetImportForm } from "@/components/review/dataset-import-form";
import { IngestForm } from "@/components/review/ingest-form";
import { getPageAccess } from "@/lib/auth/page-access";
import { loadPageData } from "@/lib/routes/load-page-data";
import { datasetCountry, getProfile } from "@/lib/profiles";
import { listDatasets } from "@/lib/queries/list-datasets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ingest a report" };

export default async function IngestPage() {
  const { user } = await getPageAccess();
  if (!user) {
    return (
      <div className="notice">
        <h1>Ingest a report</h1>
        <p>Only editors can add reports. <Link href="/login?next=/ingest">Log in</Link> first.</p>
      </div>
    );
  }
  const datasets = await loadPageData(listDatasets);
  return (
    <>
      <h1>Ingest a report</h1>
      <p className="lede">Paste a report or upload a file, preview the casualty claims found in it, then save. The same text is never stored twice.</p>
      <IngestForm />
      <h2 id="datasets">Import a curated data set</h2>
      <p className="lede">
        UCDP GED or ACLED event data, to compare with the news claims. Each row becomes an event of its own with its published figures; importing the same file
        again adds nothing.
      </p>
      <DatasetImportForm defaultCountry={datasetCountry(getProfile())} />
      {datasets.ok && datasets.data.length > 0 && (
        <table className="compact" aria-label="Data sets imported">
          <thead>
            <tr><th>Data set</th><th className="num">Events</th><th>From</th><th>To</th><th>Last import</th></tr>
          </thead>
          <tbody>
            {datasets.data.map((d) => (
              <tr key={d.name}>
                <td><Link href={`/?dataset=${encodeURIComponent(d.name)}`}>{d.name}</Link></td>
                <td className="num">{d.events.toLocaleString("en")}</td>
                <td>{d.firstDay ?? "—"}</td>
                <td>{d.lastDay ?? "—"}</td>
                <td>{d.imports[0] ? `${d.imports[0].fileName ?? "?"}, ${d.imports[0].importedAt.slice(0, 10)}` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
