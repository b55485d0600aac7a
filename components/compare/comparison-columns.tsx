"use client";
import { EventLink } from "@/components/events/event-link";
import { formatRange } from "@/lib/format/counts";
import type { ComparisonRow } from "@/lib/queries/get-comparison";
import type { TableColumn } from "@/components/tables/data-table";
import { SourceFigureLink, SourceFiguresCell } from "./source-figures-cell";

function period(r: ComparisonRow): string {
  if (!r.periodStart) return "unknown";
  return r.periodEnd && r.periodEnd !== r.periodStart ? `${r.periodStart} – ${r.periodEnd}` : r.periodStart;
}

/**
 * date, place, side, outcome; every source's figure in one cell beside the estimate;
 * a column of its own only for each source the reader picked (`column` in the URL);
 * then the estimate.
 */
export function comparisonColumns(columns: string[], sideLabels: Record<string, string>, by: "outlet" | "claimant"): TableColumn<ComparisonRow>[] {
  return [
    { id: "event", header: "Event", enableSorting: false, accessorFn: (r) => r.eventId, cell: ({ row }) => <EventLink eventId={row.original.eventId} /> },
    { id: "date", header: "Date", accessorFn: (r) => r.periodStart, cell: ({ row }) => period(row.original) },
    { id: "place", header: "Place", accessorFn: (r) => r.place, cell: ({ row }) => row.original.place ?? "—" },
    { id: "side", header: "Side", accessorFn: (r) => r.side, cell: ({ row }) => sideLabels[row.original.side] ?? row.original.side },
    {
      id: "outcome",
      header: "Outcome",
      accessorFn: (r) => r.outcome,
      cell: ({ row }) => (
        <>
          {row.original.outcome}
          {row.original.scope === "cumulative" && <span className="badge">cumulative</span>}
        </>
      ),
    },
    {
      id: "figures",
      header: by === "outlet" ? "What each outlet said" : "What each claimant said",
      enableSorting: false,
      accessorFn: (r) => Object.keys(r.cells).length,
      cell: ({ row }) => <SourceFiguresCell cells={row.original.cells} />,
    },
    ...columns.map(
      (source): TableColumn<ComparisonRow> => ({
        id: `source:${source}`,
        header: source,
        enableSorting: false,
        accessorFn: (r) => r.cells[source]?.low ?? null,
        meta: { numeric: true },
        cell: ({ row }) => {
          const claim = row.original.cells[source];
          return claim ? <SourceFigureLink claim={claim} /> : <span className="muted">—</span>;
        },
      }),
    ),
    { id: "low", header: "Low", accessorFn: (r) => r.low, meta: { numeric: true } },
    { id: "best", header: "Best", accessorFn: (r) => r.best, meta: { numeric: true } },
    {
      id: "high",
      header: "High",
      accessorFn: (r) => r.high,
      meta: { numeric: true },
      cell: ({ row }) => formatRange(row.original.high ?? row.original.low, row.original.high, row.original.highOpen),
    },
    { id: "claimants", header: "Claimants", accessorFn: (r) => r.claimantCount, meta: { numeric: true } },
    {
      id: "spread",
      header: "Spread",
      accessorFn: (r) => r.spread,
      meta: { numeric: true },
      cell: ({ row }) => (
        <>
          {row.original.spread}
          {row.original.disputed && <span className="badge disputed">disputed</span>}
        </>
      ),
    },
  ];
}
