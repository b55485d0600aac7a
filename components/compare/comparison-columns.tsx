"use client";
import Link from "next/link";
import { EventLink } from "@/components/events/event-link";
import { formatCount, formatRange } from "@/lib/format/counts";
import type { ComparisonRow } from "@/lib/queries/get-comparison";
import type { TableColumn } from "@/components/tables/data-table";

function period(r: ComparisonRow): string {
  if (!r.periodStart) return "unknown";
  return r.periodEnd && r.periodEnd !== r.periodStart ? `${r.periodStart} – ${r.periodEnd}` : r.periodStart;
}

/** date, place, side, outcome, one column per source, then the estimate. */
export function comparisonColumns(sources: string[], sideLabels: Record<string, string>): TableColumn<ComparisonRow>[] {
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
    ...sources.map(
      (source): TableColumn<ComparisonRow> => ({
        id: `source:${source}`,
        header: source,
        enableSorting: false,
        accessorFn: (r) => r.cells[source]?.low ?? null,
        meta: { numeric: true },
        cell: ({ row }) => {
          const claim = row.original.cells[source];
          if (!claim) return <span className="muted">—</span>;
          return (
            <Link href={`/reports/${claim.reportId}#q-${claim.claimId}`} title={`“${claim.quote}” (${claim.numberText})`} data-testid="source-cell">
              {formatCount(claim)}
              {claim.qualifier === "vague" && <span className="muted"> ({claim.numberText.replace(/\s+of$/, "")})</span>}
            </Link>
          );
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
