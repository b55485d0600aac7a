// Per place: how many reports speak of it, from which outlets, over which months,
// beside the casualty figure claimed there.
import type { CoveragePlace } from "@/lib/queries/get-coverage-by-place";
import { FiguresText } from "./figures-text";

const SHOWN_OUTLETS = 4;

export function PlaceCoverageTable({ places, outcome }: { places: CoveragePlace[]; outcome: string }) {
  return (
    <div className="table-wrap">
      <table className="coverage-places" aria-label="Reports per place">
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col" className="num">Reports</th>
            <th scope="col">Outlets</th>
            <th scope="col">Months with reports</th>
            <th scope="col" className="num">{`Claimed ${outcome}`}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((p) => (
            <tr key={p.place} data-place={p.place}>
              <th scope="row">{p.place}</th>
              <td className="num" data-testid="place-reports">{p.reports}</td>
              <td className="small">
                {p.outlets.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <>
                    {p.outlets.slice(0, SHOWN_OUTLETS).map((o) => `${o.name} ${o.reports}`).join(" · ")}
                    {p.outlets.length > SHOWN_OUTLETS && <span className="muted" title={p.outlets.slice(SHOWN_OUTLETS).map((o) => `${o.name} ${o.reports}`).join(" · ")}>{` · ${p.outlets.length - SHOWN_OUTLETS} more`}</span>}
                  </>
                )}
              </td>
              <td className="small">
                {p.months === 0 ? <span className="muted">—</span> : `${p.months} (${p.firstMonth === p.lastMonth ? p.firstMonth : `${p.firstMonth} – ${p.lastMonth}`})`}
              </td>
              <td className="num"><FiguresText figures={p.figures} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
