"use client";
import Link from "next/link";
import { formatRange } from "@/lib/format/counts";
import { AS_PUBLISHED_MARK, publishedFiguresNote } from "@/lib/format/published-figures";
import type { Figures, MonthPlaceRow } from "@/lib/queries/get-month-place-comparison";
import type { TableColumn } from "@/components/tables/data-table";

function figures(f: Figures | null | undefined, note: string | null = null) {
  if (!f) return note ? <span className="muted small" data-testid="no-side-split">{note}</span> : <span className="muted">—</span>;
  // UCDP publishes some rows with best outside low-high; their sums can show it too: said (and explained under the table), not hidden.
  const outside = note === AS_PUBLISHED_MARK;
  const why = outside ? "; the published best lies outside the published low–high range" : "";
  return (
    <span title={`${f.events} event${f.events === 1 ? "" : "s"}; low ${f.low}, best ${f.best}, high ${f.high}${why}`}>
      <strong>{f.best}</strong> <span className="muted small">({formatRange(f.low, f.high, f.highOpen ?? false)}{outside ? `, ${AS_PUBLISHED_MARK}` : ""})</span>
    </span>
  );
}

/** "×2.5 more in the news" / "×3 less": which way and how far the news claims are from the coders' count. */
export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return "—";
  if (Math.abs(ratio - 1) < 0.005) return "same";
  return ratio > 1 ? `×${ratio.toFixed(ratio >= 10 ? 0 : 1)} above` : `×${(1 / ratio).toFixed(1 / ratio >= 10 ? 0 : 1)} below`;
}

/** Month, place, side; the news claims; then each data set's count and the ratio to it. */
export function monthPlaceColumns(datasets: string[], splits: Record<string, boolean>, sideLabels: Record<string, string>, query: string): TableColumn<MonthPlaceRow>[] {
  const claimsLink = (r: MonthPlaceRow) => {
    const next = new URLSearchParams(query);
    for (const k of ["by", "sort", "dir", "page", "pageSize", "column", "dataset", "from", "to", "place", "side"]) next.delete(k);
    const [y, m] = r.month.split("-").map(Number);
    next.set("from", `${r.month}-01`);
    next.set("to", new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
    if (r.place) next.set("place", r.place);
    if (r.side !== "all") next.set("side", r.side);
    return `/claims?${next.toString()}`;
  };
  return [
    { id: "date", header: "Month", accessorFn: (r) => r.month },
    { id: "place", header: "Place", accessorFn: (r) => r.place, cell: ({ row }) => row.original.place ?? <span className="muted">no place</span> },
    { id: "side", header: "Side", accessorFn: (r) => r.side, cell: ({ row }) => (row.original.side === "all" ? <em>All sides</em> : (sideLabels[row.original.side] ?? row.original.side)) },
    {
      id: "best",
      header: "News claims",
      accessorFn: (r) => r.news?.best ?? null,
      meta: { numeric: true },
      cell: ({ row }) => (row.original.news ? <Link href={claimsLink(row.original)}>{figures(row.original.news)}</Link> : figures(null)),
    },
    ...datasets.flatMap((d): TableColumn<MonthPlaceRow>[] => [
      {
        id: `dataset:${d}`,
        header: d,
        enableSorting: false,
        accessorFn: (r) => r.datasets[d]?.best ?? null,
        meta: { numeric: true },
        cell: ({ row }) => figures(row.original.datasets[d], publishedFiguresNote(row.original.datasets[d], d, { split: splits[d] ?? false, sideRow: row.original.side !== "all" })),
      },
      {
        id: `ratio:${d}`,
        header: datasets.length === 1 ? "News vs data set" : `News vs ${d}`,
        enableSorting: false,
        accessorFn: (r) => r.ratios[d] ?? null,
        meta: { numeric: true },
        cell: ({ row }) => <span data-testid="ratio-cell">{formatRatio(row.original.ratios[d])}</span>,
      },
    ]),
    { id: "ratio", header: "Disagreement", accessorFn: (r) => r.disagreement, meta: { numeric: true }, cell: ({ row }) => (row.original.disagreement === null ? "—" : `×${row.original.disagreement.toFixed(1)}`) },
  ];
}
