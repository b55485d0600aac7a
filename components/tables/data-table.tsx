"use client";
// The table shell every view shares: TanStack Table with sorting and paging done
// on the server (the URL holds `sort`, `dir` and `page`), column visibility kept
// in the browser, a stable row id, and a class hook for highlighted rows.
import { columnVisibilityFeature, flexRender, rowSortingFeature, tableFeatures, useTable } from "@tanstack/react-table";
import type { ColumnDef, ColumnVisibilityState, RowData, SortingState } from "@tanstack/react-table";
import { useState } from "react";
import { useUrlState } from "@/components/filters/use-url-state";

export const TABLE_FEATURES = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
export type TableColumn<T extends RowData> = ColumnDef<typeof TABLE_FEATURES, T>;

type Props<T extends RowData> = {
  columns: TableColumn<T>[];
  rows: T[];
  rowId: (row: T) => string;
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  dir: "asc" | "desc";
  /** Keyset paging: the cursors of the pages beside this one (null at either end); without them Next and Previous step `page`. */
  cursors?: { next: string | null; prev: string | null; carriedTotal: boolean };
  rowClassName?: (row: T) => string | undefined;
  caption: string;
  hideable?: boolean;
};

export function DataTable<T extends RowData>({ columns, rows, rowId, total, page, pageSize, sort, dir, cursors, rowClassName, caption, hideable = false }: Props<T>) {
  const { update } = useUrlState();
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>({});
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];

  const table = useTable<typeof TABLE_FEATURES, T>({
    features: TABLE_FEATURES,
    columns,
    data: rows,
    getRowId: (row: T) => rowId(row),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) update({ sort: first.id, dir: first.desc ? "desc" : "asc" });
    },
    onColumnVisibilityChange: setColumnVisibility,
  });

  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  // With cursors, Next reads on from this page's last row (as fast on page 5,000 as on page 2); page 1 is the plain link.
  const goTo = (to: number, cursor: string | null | undefined) =>
    cursors === undefined || to === 1 || !cursor ? update({ page: to === 1 ? null : String(to), cursor: null }, { keepPage: true }) : update({ page: null, cursor }, { keepPage: true });
  const hasPrev = page > 1;
  const hasNext = cursors === undefined ? page < lastPage : cursors.next !== null;
  return (
    <div>
      {hideable && (
        <details className="column-picker">
          <summary>Columns</summary>
          <div className="multi-select-panel">
            {table.getAllLeafColumns().map((column) => (
              <label key={column.id}>
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {typeof column.columnDef.header === "string" ? column.columnDef.header : column.id}
              </label>
            ))}
          </div>
        </details>
      )}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <th key={header.id} scope="col" className={numeric ? "num" : undefined} aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}>
                      {canSort ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden>{sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}</span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original)}>
                {row.getVisibleCells().map((cell) => {
                  const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <td key={cell.id} className={numeric ? "num" : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={!hasPrev} onClick={() => goTo(page - 1, cursors?.prev)}>← Previous</button>
        <span>
          Page {page} of {lastPage} · {total} row{total === 1 ? "" : "s"}
          {cursors?.carriedTotal && <span className="muted" title="Counting every row again on each page would make deep pages slow"> (counted on the first page)</span>}
        </span>
        <button type="button" disabled={!hasNext} onClick={() => goTo(page + 1, cursors?.next)}>Next →</button>
      </nav>
    </div>
  );
}
