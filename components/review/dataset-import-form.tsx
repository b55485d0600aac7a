"use client";
// Import a curated data set (UCDP GED or ACLED CSV) from the browser: the same
// importer as `npm run import:dataset`, with its summary shown when it is done.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DatasetImportSummary } from "@/lib/mutations/import-dataset";
import { datasetImportSchema, MAX_DATASET_BYTES } from "@/lib/schemas/dataset-import";

export function DatasetImportForm({ defaultCountry }: { defaultCountry: string | null }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [allCountries, setAllCountries] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [summary, setSummary] = useState<DatasetImportSummary | null>(null);

  const submit = async () => {
    setSummary(null);
    if (!file) return setMessage("Choose a CSV file (UCDP GED or ACLED).");
    if (file.size > MAX_DATASET_BYTES) return setMessage(`${file.name} is over the 50 MB limit.`);
    const parsed = datasetImportSchema.safeParse({ fileName: file.name, name: name || undefined, country: allCountries ? "all" : undefined, content: await file.text() });
    if (!parsed.success) return setMessage(parsed.error.issues[0].message);
    setBusy(true);
    setMessage(`Importing ${file.name}… a large file takes a few seconds.`);
    const res = await fetch("/api/datasets", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(parsed.data) }).catch(() => null);
    setBusy(false);
    if (!res) return setMessage("The server could not be reached. Nothing was imported; try again.");
    const body = await res.json();
    if (res.status !== 201) return setMessage(body.error?.message ?? "The import failed; nothing was imported.");
    setMessage(null);
    setSummary(body as DatasetImportSummary);
    router.refresh();
  };

  return (
    <form className="form" onSubmit={(e) => e.preventDefault()} aria-label="Import a data set">
      <label className="field">
        <span>Data-set file (.csv): UCDP GED (41, 49 or 14 columns) or an ACLED export</span>
        <input type="file" name="dataset-file" accept=".csv,text/csv" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setSummary(null); setMessage(null); }} />
      </label>
      <label className="field">
        <span>Name (optional: read from the file name, e.g. “UCDP GED 19.1”; a new release needs a new name)</span>
        <input name="dataset-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={allCountries} onChange={(e) => setAllCountries(e.target.checked)} /> Keep every country (otherwise only {defaultCountry ?? "the profile's country"})
      </label>
      <p className="field-error" role="alert" aria-live="polite">{message}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={submit} disabled={busy}>Import data set</button>
      </div>
      {summary && <ImportSummary summary={summary} />}
    </form>
  );
}

function ImportSummary({ summary: s }: { summary: DatasetImportSummary }) {
  const n = (v: number) => v.toLocaleString("en");
  return (
    <section aria-label="Import summary" data-testid="dataset-summary" className="panel">
      <h2>{s.dataset}</h2>
      <p>
        {s.layoutLabel}: {n(s.rowsRead)} rows read, <strong>{n(s.imported)} imported</strong> ({n(s.claims)} claims), {n(s.alreadyImported)} already imported,{" "}
        {n(s.outsideCountry)} outside {s.country ?? "any country"}, {n(s.malformed.length)} malformed. {s.seconds.toFixed(1)} s.
      </p>
      {(s.lowAboveBest > 0 || s.bestAboveHigh > 0) && (
        <p className="muted">Kept as published and flagged: {n(s.lowAboveBest)} rows with low above best, {n(s.bestAboveHigh)} with best above high.</p>
      )}
      {s.malformed.length > 0 && (
        <details open>
          <summary>Malformed rows (not imported)</summary>
          <ul>{s.malformed.slice(0, 100).map((m) => <li key={m.line}>line {m.line}: {m.reason}</li>)}</ul>
        </details>
      )}
      {s.unmappedActors.length > 0 && (
        <details>
          <summary>{s.unmappedActors.length} actor names no side of the profile knows (each is a side of its own)</summary>
          <ul>{s.unmappedActors.map((a) => <li key={a.side}>{a.name}: {n(a.rows)} rows</li>)}</ul>
        </details>
      )}
    </section>
  );
}
