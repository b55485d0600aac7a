"use client";
import { useMemo } from "react";
import type { ComparisonRow } from "@/lib/queries/get-comparison";
import { DataTable } from "@/components/tables/data-table";
import { useUrlState } from "@/components/filters/use-url-state";
import { comparisonColumns } from "./comparison-columns";

type Props = { rows: ComparisonRow[]; sources: string[]; sideLabels: Record<string, string>; total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc"; by: "outlet" | "claimant" };

export function ComparisonTable(props: Props) {
  const { update } = useUrlState();
  const columns = useMemo(() => comparisonColumns(props.sources, props.sideLabels), [props.sources, props.sideLabels]);
  return (
    <section className="panel">
      <div className="panel-head">
        <div className="segmented" role="group" aria-label="Compare by">
          <button type="button" aria-pressed={props.by === "outlet"} onClick={() => update({ by: null })}>By outlet</button>
          <button type="button" aria-pressed={props.by === "claimant"} onClick={() => update({ by: "claimant" })}>By claimant</button>
        </div>
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
