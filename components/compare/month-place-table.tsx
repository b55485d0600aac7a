"use client";
import { useMemo } from "react";
import { useSearchParams } from "next/navigation";
import type { MonthPlaceRow } from "@/lib/queries/get-month-place-comparison";
import { DataTable } from "@/components/tables/data-table";
import { monthPlaceColumns } from "./month-place-columns";

type Props = { rows: MonthPlaceRow[]; datasets: string[]; splits: Record<string, boolean>; sideLabels: Record<string, string>; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc" };

export function MonthPlaceTable(props: Props) {
  const params = useSearchParams();
  const query = params.toString();
  const columns = useMemo(() => monthPlaceColumns(props.datasets, props.splits, props.sideLabels, query), [props.datasets, props.splits, props.sideLabels, query]);
  return (
    <DataTable
      caption="News claims beside curated data sets, per month, place and side"
      columns={columns}
      rows={props.rows}
      rowId={(r) => `${r.month}|${r.place ?? ""}|${r.side}`}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      dir={props.dir}
      hideable
      rowClassName={(r) => (r.disagreement !== null && r.disagreement >= 2 ? "disputed-row" : undefined)}
    />
  );
}
