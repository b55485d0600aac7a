"use client";
// "N events run into a later month": the note under a time chart, with the list of
// those events on demand, largest first, so a spike in one bin can be traced to a
// year-long or country-wide row. Fetched after the page is drawn: counting them
// costs as much as the chart itself at a million claims.
import type { Bin } from "@/lib/claim-vocabulary";
import Link from "next/link";
import { useEffect, useState } from "react";
import { EventLink } from "@/components/events/event-link";
import type { SpanningEvents as Listing } from "@/lib/queries/list-spanning-events";

type Props = { bin: Bin; query: string };

export function SpanningEvents({ bin, query }: Props) {
  const [listing, setListing] = useState<Listing | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setListing(null);
    fetch(`/api/events/spanning${query}`, { signal: controller.signal }) // `query` is "" or "?…", as for the CSV link
      .then((res) => (res.ok ? (res.json() as Promise<Listing>) : null))
      .then((body) => body && setListing(body))
      .catch(() => undefined); // a note that cannot be loaded is left out; the chart stands
    return () => controller.abort();
  }, [query]);
  if (!listing || listing.total === 0) return null;
  const n = listing.total;
  return (
    <details className="spanning" data-testid="spanning-events">
      <summary>
        {n.toLocaleString("en")} event{n === 1 ? " runs" : "s run"} from one {bin} into a later one; each is charted in the {bin} it starts. List them
      </summary>
      <table className="compact">
        <caption className="muted small">
          {n > listing.events.length ? `The ${listing.events.length} largest of ${n.toLocaleString("en")}` : `All ${n}`}, by best estimate
        </caption>
        <thead>
          <tr><th>Event</th><th>Source</th><th>Period</th><th>Place</th><th className="num">Best</th><th className="num">Low–high</th></tr>
        </thead>
        <tbody>
          {listing.events.map((e) => (
            <tr key={`${e.source}-${e.eventId}`}>
              <td><EventLink eventId={e.eventId} /></td>
              <td>{e.reportId ? <Link href={`/reports/${e.reportId}`}>{e.source}</Link> : e.source}</td>
              <td>{e.periodStart} – {e.periodEnd}</td>
              <td>{e.place ?? <span className="muted">—</span>}</td>
              <td className="num">{e.best.toLocaleString("en")}</td>
              <td className="num">{e.low.toLocaleString("en")}–{e.high.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
