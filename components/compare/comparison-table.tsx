"use client";
import { useMemo } from "react";
import { MultiSelect } from "@/components/filters/multi-select";
import { useUrlState } from "@/components/filters/use-url-state";
import type { ComparisonRow } from "@/lib/queries/get-comparison";
import { DataTable } from "@/components/tables/data-table";
import { comparisonColumns } from "./comparison-columns";
import { CompareMode } from "./compare-mode";

type Props = {
  rows: ComparisonRow[]; sources: string[]; columns: string[]; sideLabels: Record<string, string>;
  total: number; page: number; pageSize: number; sort: string; dir: "asc" | "desc"; by: "outlet" | "claimant";
  cursors: { next: string | null; prev: string | null; carriedTotal: boolean };
};

export function ComparisonTable(props: Props) {
  const { update } = useUrlState();
  const columns = useMemo(() => comparisonColumns(props.columns, props.sideLabels, props.by), [props.columns, props.sideLabels, props.by]);
  // The sources a reader may give a column: those with a figure in the rows on screen (how many rows), and any picked already.
  const options = useMemo(() => {
    const counts = new Map<string, number>(props.columns.map((c) => [c, 0]));
    for (const row of props.rows) for (const source of Object.keys(row.cells)) counts.set(source, (counts.get(source) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, count]) => ({ value, label: value, count }));
  }, [props.rows, props.columns]);
  return (
    <section className="panel">
      <div className="panel-head">
        <CompareMode by={props.by} />
        <MultiSelect label={`A column per ${props.by}`} name="column" options={options} selected={props.columns} onChange={(v) => update({ column: v }, { keepPage: true })} />
        <p className="muted small">
          Each figure is the latest statement of the {props.by}, linked to its sentence; the sources are listed from the lowest figure to the highest. Rows
          where the highest figure is at least twice the lowest are marked disputed. Give {props.by === "outlet" ? "an outlet" : "a claimant"} a column of its own to read its figures down the page.
        </p>
      </div>
      <DataTable
        caption="Claims per event, side and outcome, with what each source said"
        columns={columns}
        rows={props.rows}
        rowId={(r) => `${r.eventId}-${r.side}-${r.outcome}`}
        total={props.total}
        page={props.page}
        pageSize={props.pageSize}
        sort={props.sort}
        dir={props.dir}
        cursors={props.cursors}
        hideable
        rowClassName={(r) => (r.disputed ? "disputed-row" : undefined)}
      />
    </section>
  );
}
