// A data set's rows summed by one field, as published: a short table (a few dozen
// values at most for the fields offered on the page), with its total.
import type { DatasetBreakdown } from "@/lib/queries/get-dataset-breakdown";

const n = (v: number | null) => (v === null ? "—" : v.toLocaleString("en"));

export function BreakdownTable({ breakdown, label }: { breakdown: DatasetBreakdown; label: string }) {
  const split = breakdown.total.deathsA !== null;
  return (
    <table className="compact" aria-label={`${breakdown.dataset} by ${label}`} data-testid="breakdown">
      <thead>
        <tr>
          <th>{label}</th><th className="num">Events</th><th className="num">Low</th><th className="num">Best</th><th className="num">High</th>
          {split && (<><th className="num">Side A</th><th className="num">Side B</th><th className="num">Civilians</th><th className="num">Unknown</th></>)}
        </tr>
      </thead>
      <tbody>
        {[...breakdown.rows, { ...breakdown.total, key: "Total" }].map((r, i) => (
          <tr key={`${r.key}-${i}`} className={i === breakdown.rows.length ? "total-row" : undefined}>
            <td>{r.key ?? <span className="muted">(not given)</span>}</td>
            <td className="num">{n(r.events)}</td><td className="num">{n(r.low)}</td><td className="num">{n(r.best)}</td><td className="num">{n(r.high)}</td>
            {split && (<><td className="num">{n(r.deathsA)}</td><td className="num">{n(r.deathsB)}</td><td className="num">{n(r.deathsCivilians)}</td><td className="num">{n(r.deathsUnknown)}</td></>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
