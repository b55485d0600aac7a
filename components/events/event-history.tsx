// The editors' trail of an event: ingests, reviews, corrections, merges and splits,
// oldest first, each with what it changed.
import type { EventHistoryEntry } from "@/lib/queries/get-event-history";

const ACTIONS: Record<string, string> = {
  ingest: "stored the report",
  create: "added the claim by hand",
  accepted: "accepted the claim",
  rejected: "rejected the claim",
  pending: "set the claim back to pending",
  correct: "corrected the claim",
  merge: "merged events into this one",
  split: "split claims off into a new event",
};

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function what(entry: EventHistoryEntry): string {
  const subject = entry.entityType === "claim" ? `claim ${entry.entityId}` : entry.entityType === "report" ? `report ${entry.entityId}` : `event ${entry.entityId}`;
  return `${ACTIONS[entry.action] ?? entry.action} (${subject})`;
}

export function EventHistory({ entries }: { entries: EventHistoryEntry[] }) {
  if (entries.length === 0) {
    return <p className="muted" data-testid="event-history-empty">No recorded change: its claims came from reports stored from the command line and no editor has touched them.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="compact" data-testid="event-history">
        <thead><tr><th>When</th><th>Who</th><th>What</th><th>Changed</th></tr></thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={i}>
              <td>{e.at.slice(0, 16).replace("T", " ")} UTC</td>
              <td>{e.user ?? <span className="muted">no account</span>}</td>
              <td>{what(e)}</td>
              <td className="small">
                {e.action === "create" || e.action === "ingest"
                  ? e.changes.filter((c) => ["numberText", "side", "outcome", "title", "claims"].includes(c.field)).map((c) => `${c.field}: ${show(c.after)}`).join("; ")
                  : e.changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`).join("; ") || "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
