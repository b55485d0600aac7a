"use client";
import { useMemo } from "react";
import type { ComparisonRow } from "@/lib/queries/get-comparison";
import { DataTable } from "@/components/tables/data-table";
import { comparisonColumns } from "./comparison-columns";
import { CompareMode } from "./compare-mode";

type Props = { rows: ComparisonRow[]; sources: string[]; sideLabels: Record<string, string>; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc"; by: "outlet" | "claimant" };

export function ComparisonTable(props: Props) {
  const columns = useMemo(() => comparisonColumns(props.sources, props.sideLabels), [props.sources, props.sideLabels]);
  return (
    <section className="panel">
      <div className="panel-head">
        <CompareMode by={props.by} />
        <p className="muted small">
          Each cell is the figure as the {props.by} gave it (its latest statement), linked to its sentence. Rows where the highest figure is at least
          twice the lowest are marked disputed.
        </p>
      </div>
      <DataTable
        caption="Claims per event, side and outcome, one column per source"
        columns={columns}
        rows={props.rows}
        rowId={(r) => `${r.eventId}-${r.side}-${r.outcome}`}
        total={props.total}
        page={props.page}
        pageSize={props.pageSize}
        sort={props.sort}
        dir={props.dir}
        hideable
        rowClassName={(r) => (r.disputed ? "disputed-row" : undefined)}
      />
    </section>
  );
}
