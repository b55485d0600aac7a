// Months down, outlets across: how many reports each outlet published that month
// (a heat grid: the darker, the more reports), beside the month's casualty figure,
// so a month without news reads differently from a month without deaths.
import { coverageReadingText, readCoverage } from "@/lib/format/coverage-reading";
import type { CoverageByMonth } from "@/lib/queries/get-coverage-by-month";
import { FiguresText } from "./figures-text";

/** The cell's shade: the share of the busiest cell, on a square-root scale so one or two reports still show. */
function shade(n: number, max: number): React.CSSProperties | undefined {
  if (n === 0 || max === 0) return undefined;
  const alpha = 0.12 + 0.78 * Math.sqrt(n / max);
  return { background: `rgba(11, 92, 173, ${alpha.toFixed(2)})`, color: alpha > 0.5 ? "#fff" : undefined };
}

export function MonthOutletGrid({ coverage, outcome }: { coverage: CoverageByMonth; outcome: string }) {
  const max = Math.max(0, ...coverage.months.flatMap((m) => Object.values(m.byOutlet)));
  return (
    <div className="table-wrap">
      <table className="coverage-grid" aria-label="Reports per month and outlet">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="num">Reports</th>
            <th scope="col" className="num">{`Claimed ${outcome}`}</th>
            <th scope="col">Reading</th>
            {coverage.outlets.map((o) => (
              <th key={o.name} scope="col" className="outlet-head" title={`${o.name}: ${o.reports} report${o.reports === 1 ? "" : "s"}`}>
                <span>{o.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.months.map((m) => {
            const reading = readCoverage(m.reports, m.figures !== null);
            return (
              <tr key={m.month} data-month={m.month} data-reading={reading ?? "covered"}>
                <th scope="row">{m.month}</th>
                <td className="num" data-testid="month-reports">{m.reports}</td>
                <td className="num"><FiguresText figures={m.figures} /></td>
                <td>{reading && <span className={`badge reading-${reading}`}>{coverageReadingText(reading, outcome)}</span>}</td>
                {coverage.outlets.map((o) => {
                  const n = m.byOutlet[o.name] ?? 0;
                  return (
                    <td key={o.name} className="num heat" style={shade(n, max)} title={`${o.name}, ${m.month}: ${n} report${n === 1 ? "" : "s"}`}>
                      {n > 0 ? n : ""}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
