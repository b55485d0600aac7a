"use client";
// "N events run into a later month": the note under a time chart, and on demand the
// list of those events (fetched when opened, largest first), so a spike in one bin
// can be traced to a year-long or country-wide row.
import Link from "next/link";
import { useState } from "react";
import type { SpanningEvents as Listing } from "@/lib/queries/list-spanning-events";

type Props = { count: number; bin: "day" | "week" | "month"; query: string };

export function SpanningEvents({ count, bin, query }: Props) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [failed, setFailed] = useState(false);
  if (count === 0) return null;
  const load = async () => {
    if (listing) return;
    const res = await fetch(`/api/events/spanning?${query}`);
    if (res.ok) setListing((await res.json()) as Listing);
    else setFailed(true);
  };
  return (
    <details className="spanning" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary>
        {count.toLocaleString("en")} event{count === 1 ? " runs" : "s run"} from one {bin} into a later one; each is charted in the {bin} it starts. List them
      </summary>
      {failed && <p className="notice error">The list could not be loaded.</p>}
      {listing && (
        <table className="compact">
          <caption className="muted small">
            {listing.total > listing.events.length ? `The ${listing.events.length} largest of ${listing.total}` : `${listing.total}`} by best estimate
          </caption>
          <thead>
            <tr><th>Source</th><th>Period</th><th>Place</th><th className="num">Best</th><th className="num">Low–high</th></tr>
          </thead>
          <tbody>
            {listing.events.map((e) => (
              <tr key={`${e.source}-${e.eventId}`}>
                <td>{e.reportId ? <Link href={`/reports/${e.reportId}`}>{e.source}</Link> : e.source}</td>
                <td>{e.periodStart} – {e.periodEnd}</td>
                <td>{e.place ?? <span className="muted">—</span>}</td>
                <td className="num">{e.best.toLocaleString("en")}</td>
                <td className="num">{e.low.toLocaleString("en")}–{e.high.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
