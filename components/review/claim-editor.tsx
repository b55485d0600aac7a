"use client";
// One claim under review: accept, reject, or correct it. Each save carries the
// version it was made on; if another editor saved first, their version is shown
// and nothing is overwritten.
import { onSubmitData } from "@/components/ui/form-submit";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatCount } from "@/lib/format/counts";
import type { ReportClaim } from "@/lib/queries/find-report";
import { claimPatchSchema } from "@/lib/schemas/claim-edit";
import { EventLink } from "@/components/events/event-link";

type Side = { key: string; label: string };
type Conflict = { message: string; current: Record<string, unknown> };

const num = (v: FormDataEntryValue | null) => (v === null || v === "" ? null : Number(v));
const str = (v: FormDataEntryValue | null) => (v === null || String(v).trim() === "" ? null : String(v).trim());

export function ClaimEditor({ claim, sides }: { claim: ReportClaim; sides: Side[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (changes: Record<string, unknown>) => {
    const parsed = claimPatchSchema.safeParse({ version: claim.version, ...changes });
    if (!parsed.success) return setError(`${String(parsed.error.issues[0].path[0] ?? "")}: ${parsed.error.issues[0].message}`);
    setBusy(true);
    setError(null);
    const res = await fetch(`/api/claims/${claim.id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(parsed.data) }).catch(() => null);
    setBusy(false);
    if (!res) return setError("The server could not be reached. Nothing was saved.");
    const body = await res.json();
    if (res.status === 409) return setConflict({ message: body.error.message, current: body.error.current });
    if (!res.ok) return setError(body.error?.message ?? "Saving failed.");
    setEditing(false);
    setConflict(null);
    router.refresh();
  };

  const post = async (path: string, body: unknown) => {
    setBusy(true);
    setError(null);
    const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
    setBusy(false);
    if (!res) return setError("The server could not be reached. Nothing was changed.");
    if (!res.ok) return setError((await res.json()).error?.message ?? "That did not work.");
    router.refresh();
  };
  const splitOut = () => claim.eventId && post(`/api/events/${claim.eventId}/split`, { claimIds: [claim.id] });
  const mergeWith = (form: FormData) => {
    const other = num(form.get("mergeWith"));
    if (!claim.eventId || !other) return setError("Give the number of the event to merge with.");
    return post("/api/events/merge", { eventIds: [claim.eventId, other] });
  };

  const submitEdit = (form: FormData) =>
    save({
      side: form.get("side"),
      outcome: form.get("outcome"),
      qualifier: form.get("qualifier"),
      low: num(form.get("low")),
      high: num(form.get("high")),
      claimant: str(form.get("claimant")),
      location: str(form.get("location")),
      periodStart: str(form.get("periodStart")),
      periodEnd: str(form.get("periodEnd")),
      scope: form.get("scope"),
      eventId: num(form.get("eventId")),
    });

  return (
    <div data-testid="claim-review">
      <div className="review-actions">
        <span className={`status ${claim.reviewStatus}`}>{claim.reviewStatus}</span>
        <button type="button" disabled={busy} onClick={() => save({ reviewStatus: "accepted" })}>Accept</button>
        <button type="button" disabled={busy} onClick={() => save({ reviewStatus: "rejected" })}>Reject</button>
        <button type="button" disabled={busy} onClick={() => setEditing((e) => !e)}>{editing ? "Cancel" : "Correct"}</button>
        <a href={`/api/claims/${claim.id}/history.csv`}>History (CSV)</a>
      </div>
      {conflict && (
        <div className="notice error" role="alert">
          <p>{conflict.message}</p>
          <p>
            Their version: <strong>{formatCount({ low: Number(conflict.current.low), high: conflict.current.high as number | null, qualifier: String(conflict.current.qualifier) })}</strong>{" "}
            {String(conflict.current.side)} {String(conflict.current.outcome)}, {String(conflict.current.reviewStatus)}, by claimant {String(conflict.current.claimant)}.
          </p>
          <button type="button" className="secondary" onClick={() => { setConflict(null); router.refresh(); }}>Load their version</button>
        </div>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
      {editing && (
        <form className="claim-edit" onSubmit={onSubmitData(submitEdit)} aria-label={`Correct claim ${claim.id}`}>
          <label className="field"><span>Side</span>
            <select name="side" defaultValue={claim.side}>{sides.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}</select>
          </label>
          <label className="field"><span>Outcome</span>
            <select name="outcome" defaultValue={claim.outcome}>{["killed", "wounded", "captured"].map((o) => <option key={o}>{o}</option>)}</select>
          </label>
          <label className="field"><span>Qualifier</span>
            <select name="qualifier" defaultValue={claim.qualifier}>{["exact", "at_least", "at_most", "about", "range", "vague"].map((o) => <option key={o}>{o}</option>)}</select>
          </label>
          <label className="field"><span>Low</span><input name="low" type="number" min={0} defaultValue={claim.low} /></label>
          <label className="field"><span>High (empty = open)</span><input name="high" type="number" min={0} defaultValue={claim.high ?? ""} /></label>
          <label className="field"><span>Claimant</span><input name="claimant" defaultValue={claim.claimant} /></label>
          <label className="field"><span>Place</span><input name="location" defaultValue={claim.placeText ?? ""} /></label>
          <label className="field"><span>From</span><input name="periodStart" type="date" defaultValue={claim.periodStart ?? ""} /></label>
          <label className="field"><span>To</span><input name="periodEnd" type="date" defaultValue={claim.periodEnd ?? ""} /></label>
          <label className="field"><span>Scope</span>
            <select name="scope" defaultValue={claim.scope}><option>incident</option><option>cumulative</option></select>
          </label>
          <label className="field"><span>Event (move to)</span><input name="eventId" type="number" min={1} defaultValue={claim.eventId ?? ""} /></label>
          <div><button className="primary" type="submit" disabled={busy}>Save correction</button></div>
        </form>
      )}
      {editing && claim.eventId && (
        <form className="review-actions" onSubmit={onSubmitData(mergeWith)} aria-label={`Regroup the event of claim ${claim.id}`}>
          <span className="muted small"><EventLink eventId={claim.eventId} />:</span>
          <button type="button" disabled={busy} onClick={splitOut}>Split this claim into its own event</button>
          <label className="field"><span>Merge with event</span><input name="mergeWith" type="number" min={1} /></label>
          <button type="submit" disabled={busy}>Merge</button>
        </form>
      )}
    </div>
  );
}
