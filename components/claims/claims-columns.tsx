"use client";
import Link from "next/link";
import { EventLink } from "@/components/events/event-link";
import { REVIEW_BELOW } from "@/lib/extraction/confidence";
import { formatCount } from "@/lib/format/counts";
import type { ClaimRow } from "@/lib/queries/list-claims";
import type { TableColumn } from "@/components/tables/data-table";
import { PlaceAsWritten, placeShown } from "./place-as-written";

function period(r: ClaimRow): string {
  if (!r.periodStart) return "unknown";
  return r.periodEnd && r.periodEnd !== r.periodStart ? `${r.periodStart} – ${r.periodEnd}` : r.periodStart;
}

export function claimsColumns(sideLabels: Record<string, string>): TableColumn<ClaimRow>[] {
  return [
    { id: "date", header: "Period", accessorFn: (r) => r.periodStart, cell: ({ row }) => period(row.original) },
    {
      id: "event",
      header: "Event",
      enableSorting: false,
      accessorFn: (r) => r.eventId,
      // Undated claims join no event: they are listed, never grouped.
      cell: ({ row }) => (row.original.eventId === null ? <span className="muted">none</span> : <EventLink eventId={row.original.eventId} />),
    },
    { id: "side", header: "Side", accessorFn: (r) => r.side, cell: ({ row }) => sideLabels[row.original.side] ?? row.original.side },
    { id: "outcome", header: "Outcome", accessorFn: (r) => r.outcome },
    {
      id: "low",
      header: "Count",
      accessorFn: (r) => r.low,
      meta: { numeric: true },
      // A vague word an editor put a number on keeps that number under every convention.
      cell: ({ row }) =>
        row.original.countCorrected ? (
          <span title={`An editor set this count for "${row.original.numberText}"; it wins over the vague-word convention.`} data-testid="count-corrected">
            {formatCount(row.original)} · editor's figure
          </span>
        ) : (
          formatCount(row.original)
        ),
    },
    {
      id: "quote",
      header: "Quote",
      enableSorting: false,
      accessorFn: (r) => r.quote,
      cell: ({ row }) => (
        <>
          <Link href={`/reports/${row.original.reportId}#q-${row.original.id}`} className="quote-link">
            “{row.original.quote}”
          </Link>
          <PlaceAsWritten place={row.original.place} asWritten={row.original.location} />
        </>
      ),
    },
    { id: "claimant", header: "Claimant", accessorFn: (r) => r.claimant },
    {
      id: "confidence",
      header: "Confidence",
      accessorFn: (r) => r.confidence,
      meta: { numeric: true },
      cell: ({ row }) => (
        <span title={row.original.confidenceReason ?? "no doubt recorded"} data-testid="claim-confidence">
          {row.original.confidence.toFixed(2)}
          {row.original.reviewStatus === "pending" && row.original.confidence < REVIEW_BELOW ? " · needs review" : ""}
        </span>
      ),
    },
    { id: "outlet", header: "Outlet", accessorFn: (r) => r.outlet },
    {
      id: "place",
      header: "Place",
      enableSorting: false,
      accessorFn: (r) => r.place,
      // The canonical name on every page; the words as written stand beside the quote.
      cell: ({ row }) => placeShown(row.original.place, row.original.location) ?? "—",
    },
    {
      id: "report",
      header: "Report",
      accessorFn: (r) => r.reportTitle,
      cell: ({ row }) => <Link href={`/reports/${row.original.reportId}`}>{row.original.reportTitle}</Link>,
    },
  ];
}
