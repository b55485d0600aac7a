"use client";
// Adds a claim the extractor missed: the editor selects its words in the report's
// text, fills in what they say, and saves. Offsets are measured in the text as
// rendered, which is the stored text character for character.
import { onSubmitData } from "@/components/ui/form-submit";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { newClaimSchema } from "@/lib/schemas/claim-edit";

type Side = { key: string; label: string };
type Selection = { start: number; end: number; text: string };

function selectionIn(containerId: string): Selection | null {
  const container = document.querySelector(`[data-testid="${containerId}"]`);
  const sel = window.getSelection();
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length, text: range.toString() };
}

const num = (v: FormDataEntryValue | null) => (v === null || v === "" ? null : Number(v));
const str = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? null : String(v).trim());

export function AddClaimFromSelection({ reportId, outlet, sides }: { reportId: number; outlet: string; sides: Side[] }) {
  const router = useRouter();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [error, setError] = useState<string | null>(null);

  const take = () => {
    const s = selectionIn("report-text");
    setError(s ? null : "Select the claim's words in the report's text first.");
    setSelection(s);
  };

  const save = async (form: FormData) => {
    if (!selection) return;
    const parsed = newClaimSchema.safeParse({
      reportId, spanStart: selection.start, spanEnd: selection.end,
      side: form.get("side"), outcome: form.get("outcome"), qualifier: form.get("qualifier"),
      low: num(form.get("low")), high: num(form.get("high")), claimant: str(form.get("claimant")), location: str(form.get("location")),
      periodStart: str(form.get("periodStart")), periodEnd: str(form.get("periodEnd")) ?? str(form.get("periodStart")), scope: form.get("scope"),
    });
    if (!parsed.success) return setError(`${String(parsed.error.issues[0].path[0] ?? "")}: ${parsed.error.issues[0].message}`);
    const res = await fetch("/api/claims", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(parsed.data) }).catch(() => null);
    if (!res) return setError("The server could not be reached. Nothing was saved.");
    if (!res.ok) return setError((await res.json()).error?.message ?? "Saving failed.");
    setSelection(null);
    router.refresh();
  };

  return (
    <section className="panel" aria-label="Add a claim">
      <button type="button" className="secondary" onClick={take}>Add a claim from the selected text</button>
      {error && <p className="field-error" role="alert">{error}</p>}
      {selection && (
        <form className="claim-edit" onSubmit={onSubmitData(save)}>
          <p className="claim-quote" style={{ gridColumn: "1 / -1" }}>“{selection.text}”</p>
          <label className="field"><span>Side</span><select name="side">{sides.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}</select></label>
          <label className="field"><span>Outcome</span><select name="outcome">{["killed", "wounded", "captured"].map((o) => <option key={o}>{o}</option>)}</select></label>
          <label className="field"><span>Qualifier</span><select name="qualifier">{["exact", "at_least", "at_most", "about", "range", "vague"].map((o) => <option key={o}>{o}</option>)}</select></label>
          <label className="field"><span>Low</span><input name="low" type="number" min={0} required /></label>
          <label className="field"><span>High (empty = open)</span><input name="high" type="number" min={0} /></label>
          <label className="field"><span>Claimant</span><input name="claimant" defaultValue={outlet} /></label>
          <label className="field"><span>Place</span><input name="location" /></label>
          <label className="field"><span>From</span><input name="periodStart" type="date" /></label>
          <label className="field"><span>To</span><input name="periodEnd" type="date" /></label>
          <label className="field"><span>Scope</span><select name="scope"><option>incident</option><option>cumulative</option></select></label>
          <div><button className="primary" type="submit">Save claim</button></div>
        </form>
      )}
    </section>
  );
}
