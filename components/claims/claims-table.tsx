"use client";
import { useMemo } from "react";
import type { ClaimRow } from "@/lib/queries/list-claims";
import { DataTable } from "@/components/tables/data-table";
import { claimsColumns } from "./claims-columns";

type Props = { rows: ClaimRow[]; sideLabels: Record<string, string>; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc"; cursors: { next: string | null; prev: string | null; carriedTotal: boolean } };

export function ClaimsTable(props: Props) {
  const columns = useMemo(() => claimsColumns(props.sideLabels), [props.sideLabels]);
  return (
    <DataTable caption="Claims" columns={columns} rows={props.rows} rowId={(r) => String(r.id)} total={props.total} page={props.page} pageSize={props.pageSize} sort={props.sort} dir={props.dir} cursors={props.cursors} hideable />
  );
}
