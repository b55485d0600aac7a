// The largest circles as a table, for reading figures without hovering (and for
// screen readers); every circle is a row of the CSV.
import { formatLowBestHigh, formatPeriod } from "@/lib/map/describe-map-row";
import type { MapRow } from "@/lib/queries/get-map";

const SHOWN = 15;

export function MapRowsTable({ rows, outcome }: { rows: MapRow[]; outcome: string }) {
  const largest = [...rows].sort((a, b) => b.best - a.best).slice(0, SHOWN);
  return (
    <section aria-labelledby="map-rows-heading">
      <h2 id="map-rows-heading">Largest circles</h2>
      <div className="table-wrap">
        <table className="compact" aria-label="Largest circles">
          <thead>
            <tr><th>Place</th><th>Side</th><th>Layer</th><th>Period</th><th className="num">{outcome}: low–best–high</th><th className="num">Events</th><th className="num">Claims</th></tr>
          </thead>
          <tbody>
            {largest.map((r) => (
              <tr key={`${r.layer}|${r.place}|${r.latitude}|${r.longitude}|${r.side}`}>
                <td>{r.place}</td>
                <td><span className="swatch" style={{ background: r.colour }} />{r.sideLabel}</td>
                <td>{r.layer}</td>
                <td>{formatPeriod(r.periodStart, r.periodEnd)}</td>
                <td className="num">{formatLowBestHigh(r.low, r.best, r.high, r.highOpen)}</td>
                <td className="num">{r.events.toLocaleString("en")}</td>
                <td className="num">{r.claims.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && <p className="muted small">The {SHOWN} largest of {rows.length.toLocaleString("en")} circles; the CSV has every one.</p>}
    </section>
  );
}
