"use client";
// Paste a report or upload a .txt/.md/.html file, preview the claims the extractor
// finds, then save. Field errors come from the same schema the server checks.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatCount } from "@/lib/format/counts";
import { decodeUtf8 } from "@/lib/values/plain-text";
import { reportInputSchema, type ReportInput } from "@/lib/schemas/report-input";

type PreviewClaim = { quote: string; side: string; outcome: string; low: number; high: number | null; qualifier: string; claimant: string; periodStart: string | null };

const EMPTY = { title: "", outlet: "", url: "", published: "", format: "text" as const, text: "" };

export function IngestForm() {
  const router = useRouter();
  const [values, setValues] = useState<ReportInput>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<PreviewClaim[] | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof ReportInput, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setPreview(null);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.(txt|md|html?)$/i.test(file.name)) return setMessage("Choose a .txt, .md or .html file.");
    if (file.size > 2 * 1024 * 1024) return setMessage(`${file.name} is over the 2 MB limit.`);
    // Bytes that are not UTF-8 are refused, as the server and the command-line ingest refuse them (file.text() would turn them into U+FFFD).
    const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
    if (text === null) return setMessage(`${file.name} is not valid UTF-8 text; save it as UTF-8 and try again.`);
    setValues((v) => ({ ...v, text, format: /\.html?$/i.test(file.name) ? "html" : "text", title: v.title || file.name.replace(/\.[^.]+$/, "") }));
    setMessage(null);
    setPreview(null);
  };

  const send = async (path: string): Promise<Response | null> => {
    const parsed = reportInputSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return null;
    }
    setErrors({});
    setBusy(true);
    const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(parsed.data) }).catch(() => null);
    setBusy(false);
    if (!res) setMessage("The server could not be reached. Nothing was saved; try again.");
    return res;
  };

  const doPreview = async () => {
    const res = await send("/api/reports/preview");
    if (!res) return;
    const body = await res.json();
    if (!res.ok) return setMessage(body.error?.message ?? "The preview failed.");
    setMessage(null);
    setPreview(body.claims);
  };

  const save = async () => {
    const res = await send("/api/reports");
    if (!res) return;
    const body = await res.json();
    if (res.status === 201) return router.push(`/reports/${body.reportId}`);
    if (res.status === 409) return setMessage(`${body.error.message} Open it: /reports/${body.error.reportId}`);
    setMessage(body.error?.message ?? "Saving failed.");
  };

  const field = (key: keyof ReportInput, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input name={key} value={String(values[key] ?? "")} onChange={(e) => set(key, e.target.value)} aria-invalid={!!errors[key]} {...props} />
      {errors[key] && <span className="field-error" aria-live="polite">{errors[key]}</span>}
    </label>
  );

  return (
    <form className="form" onSubmit={(e) => e.preventDefault()}>
      {field("outlet", "Outlet")}
      {field("title", "Title")}
      {field("url", "URL (optional)", { type: "url", placeholder: "https://" })}
      {field("published", "Published (YYYY-MM-DD, or YYYY-MM when only the month is known)", { placeholder: "2015-06-25" })}
      <label className="field">
        <span>File (.txt, .md or .html), or paste the text below</span>
        <input type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" onChange={(e) => readFile(e.target.files?.[0])} />
      </label>
      <label className="field">
        <span>Text{values.format === "html" ? " (HTML: it will be reduced to plain text)" : ""}</span>
        <textarea name="text" value={values.text} onChange={(e) => set("text", e.target.value)} aria-invalid={!!errors.text} />
        {errors.text && <span className="field-error" aria-live="polite">{errors.text}</span>}
      </label>
      <p className="field-error" role="alert" aria-live="polite">{message}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={doPreview} disabled={busy}>Preview claims</button>
        <button type="button" className="primary" onClick={save} disabled={busy}>Save report</button>
      </div>
      {preview && (
        <section aria-label="Claims found" data-testid="ingest-preview">
          <h2>{preview.length} claim{preview.length === 1 ? "" : "s"} found</h2>
          <ul className="claim-list">
            {preview.map((c, i) => (
              <li key={i}>
                <span className="claim-figure">{formatCount(c)}</span> {c.side} {c.outcome} · {c.claimant} · {c.periodStart ?? "period unknown"}
                <p className="claim-quote">“{c.quote}”</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}
