// The curated data sets' rows for the event's place and month, as published, with a
// link to the same month and place in the news-versus-data-sets comparison.
import Link from "next/link";
import { formatPeriod } from "@/lib/format/dates";
import { toQueryString } from "@/lib/filters/serialize";
import { DATASET_ROWS_SHOWN, type DatasetRowsBesideEvent } from "@/lib/queries/list-dataset-rows-beside-event";
import { EventLink } from "./event-link";

function monthLabel(month: string): string {
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

function lastDay(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

export function DatasetRowsBeside({ data }: { data: DatasetRowsBesideEvent }) {
  if (!data.month || !data.place) {
    return <p className="muted">This event has no {data.place ? "date" : "place"}, so no data-set rows can be set beside it.</p>;
  }
  const rows = data.totals.reduce((n, t) => n + t.rows, 0);
  if (rows === 0) {
    return <p className="muted" data-testid="no-dataset-rows">No imported data set has a row in {data.place} (or a place within it) starting in {monthLabel(data.month)}.</p>;
  }
  const compare = `/compare${toQueryString({ by: "month-place", place: [data.place], from: `${data.month}-01`, to: lastDay(data.month), dataset: data.totals.map((t) => t.dataset) })}`;
  return (
    <>
      <p className="muted small">
        Rows of the imported data sets in {data.place} (and the places within it) that start in {monthLabel(data.month)}, as published; every side
        together. <Link href={compare}>Compare the month with the news claims</Link>.
      </p>
      <table className="compact" data-testid="dataset-totals">
        <thead><tr><th>Data set</th><th className="num">Rows</th><th className="num">Low</th><th className="num">Best</th><th className="num">High</th></tr></thead>
        <tbody>
          {data.totals.map((t) => (
            <tr key={t.dataset}><td>{t.dataset}</td><td className="num">{t.rows}</td><td className="num">{t.low}</td><td className="num">{t.best}</td><td className="num">{t.high}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="table-wrap">
        <table className="compact" data-testid="dataset-rows">
          <caption className="muted small">{rows > data.rows.length ? `The ${data.rows.length} largest of ${rows} rows` : `All ${rows} row${rows === 1 ? "" : "s"}`}, by best</caption>
          <thead>
            <tr><th>Data set</th><th>Row</th><th>Period</th><th>Place</th><th>Type</th><th>Sides</th><th className="num">Low</th><th className="num">Best</th><th className="num">High</th></tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.eventId}>
                <td>{r.dataset}</td>
                <td><Link href={`/reports/${r.reportId}`}>{r.sourceEventId}</Link> · <EventLink eventId={r.eventId}>event</EventLink></td>
                <td>{formatPeriod(r.dateStart, r.dateEnd)}</td>
                <td>{r.location ?? r.place ?? "—"}</td>
                <td>{r.type ?? "—"}</td>
                <td>{[r.sideA, r.sideB].filter(Boolean).join(" – ") || "—"}</td>
                <td className="num">{r.low}</td>
                <td className="num">{r.best}</td>
                <td className="num">{r.high}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows > DATASET_ROWS_SHOWN && <p className="muted small">The comparison link above sums all {rows}.</p>}
    </>
  );
}
