// Keyset paging: a page starts after (or ends before) the sort key of a row, so
// PostgreSQL walks an index from there instead of counting OFFSET rows from the
// start: a deep page costs what the first page costs. Each sort order is a list of
// key columns ending in tie-breakers that make the key unique (ids), all sorted in
// the order's direction, so one ascending index read forwards or backwards fits
// both directions. A nullable column keeps NULLS LAST in both directions.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { encodeCursor, type Cursor } from "@/lib/schemas/cursor";

/** How a key value is written in a cursor (text) and read back (checked, then cast). */
export type KeyKind = "int" | "float" | "date" | "text" | "outcome";

export type KeyColumn = { sql: Prisma.Sql; kind: KeyKind; nullable?: boolean };

/** A view's sort order: its name (cursors are only read by the order they came from), columns, direction. */
export type KeysetOrder = { view: string; columns: KeyColumn[]; desc: boolean };

const VALID: Record<KeyKind, (v: string) => boolean> = {
  int: (v) => /^-?\d{1,10}$/.test(v) && Math.abs(Number(v)) <= 2_147_483_647,
  float: (v) => /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(v) || v === "Infinity",
  // "infinity" and "-infinity" stand for an undated row at the end of a date order.
  date: (v) => v === "infinity" || v === "-infinity" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v)),
  text: () => true,
  outcome: (v) => /^[a-z_]{1,40}$/.test(v),
};

const CAST: Record<KeyKind, Prisma.Sql> = {
  int: Prisma.sql`int`,
  float: Prisma.sql`float8`,
  date: Prisma.sql`date`,
  text: Prisma.sql`text`,
  outcome: Prisma.sql`"Outcome"`,
};

/** Where a page starts: the rows after `key` (or before it), in the order's direction. */
export type KeysetPosition = { dir: "after" | "before"; key: (string | null)[]; page: number; total: number };

/**
 * The cursor's position for this order, or a 400 naming what is wrong: a cursor is
 * read only by the view and sort order it was made for, with one well-formed value
 * per key column.
 */
export function positionOf(cursor: Cursor | undefined, order: KeysetOrder): KeysetPosition | undefined {
  if (!cursor) return undefined;
  if (cursor.view !== order.view) {
    throw new ApiError(400, "bad_request", "Parameter `cursor` was made for another view or sort order: drop it (or use `page`) after changing the sort.");
  }
  const fits =
    cursor.key.length === order.columns.length &&
    order.columns.every((c, i) => {
      const v = cursor.key[i];
      return v === null ? !!c.nullable : VALID[c.kind](v);
    });
  if (!fits) throw new ApiError(400, "bad_request", "Parameter `cursor` is not a cursor this site made (copy the link of a Next or Previous page, or use `page`).");
  return { dir: cursor.dir, key: cursor.key, page: cursor.page, total: cursor.total };
}

/** Whether a cursor fits this order (pages fall back to `page` when it does not, the API answers 400). */
export function cursorFits(cursor: Cursor | undefined, order: KeysetOrder): boolean {
  try {
    positionOf(cursor, order);
    return true;
  } catch {
    return false;
  }
}

/** The key columns as text, `k0`, `k1`…: a page's last row gives the next cursor. */
export function keySelect(order: KeysetOrder): Prisma.Sql {
  return Prisma.join(order.columns.map((c, i) => Prisma.sql`(${c.sql})::text AS ${Prisma.raw(`k${i}`)}`), ", ");
}

/** ORDER BY of the order; `reverse` reads it backwards (a page before a cursor). */
export function keysetOrderBy(order: KeysetOrder, reverse = false): Prisma.Sql {
  const desc = order.desc !== reverse;
  const nulls = reverse ? Prisma.sql` NULLS FIRST` : Prisma.sql` NULLS LAST`;
  return Prisma.join(order.columns.map((c) => Prisma.sql`${c.sql} ${desc ? Prisma.sql`DESC` : Prisma.sql`ASC`}${c.nullable ? nulls : Prisma.empty}`), ", ");
}

/**
 * The rows strictly after `key` in the order read forwards (or, `reverse`, before it).
 * Runs of non-null columns are compared as one row value, `(a, b, c) > ($1, $2, $3)`,
 * which PostgreSQL reads as where to start in a fitting index; a nullable column is
 * expanded by hand, as row values cannot order NULLs. The result is parenthesised.
 */
export function keysetWhere(order: KeysetOrder, key: (string | null)[], reverse = false): Prisma.Sql {
  const desc = order.desc !== reverse;
  const nullsFirst = reverse;
  const value = (i: number) => Prisma.sql`${key[i]}::${CAST[order.columns[i].kind]}`;
  const after = (from: number): Prisma.Sql => {
    if (from >= order.columns.length) return Prisma.sql`false`;
    const column = order.columns[from];
    if (column.nullable) {
      const v = key[from];
      const rest = after(from + 1);
      if (v === null) {
        const equal = Prisma.sql`(${column.sql} IS NULL AND ${rest})`;
        return nullsFirst ? Prisma.sql`(${column.sql} IS NOT NULL OR ${equal})` : equal;
      }
      const beyond = Prisma.sql`${column.sql} ${Prisma.raw(desc ? "<" : ">")} ${value(from)}`;
      return Prisma.sql`(${beyond}${nullsFirst ? Prisma.empty : Prisma.sql` OR ${column.sql} IS NULL`} OR (${column.sql} = ${value(from)} AND ${rest}))`;
    }
    let end = from;
    while (end < order.columns.length && !order.columns[end].nullable) end++;
    const run = order.columns.slice(from, end);
    const left = Prisma.sql`(${Prisma.join(run.map((c) => c.sql), ", ")})`;
    const right = Prisma.sql`(${Prisma.join(run.map((_, j) => value(from + j)), ", ")})`;
    if (end === order.columns.length) {
      // Written as "<= and not the cursor's row" (the key is unique): PostgreSQL estimates a row
      // comparison by its first column alone, and "spread < 0" looks empty where "spread <= 0"
      // is half the table; the empty guess made it hash-join every row instead of walking the index.
      return Prisma.sql`${left} ${Prisma.raw(desc ? "<=" : ">=")} ${right} AND ${left} <> ${right}`;
    }
    return Prisma.sql`(${left} ${Prisma.raw(desc ? "<" : ">")} ${right} OR (${left} = ${right} AND ${after(end)}))`;
  };
  return Prisma.sql`(${after(0)})`;
}

/** WHERE and ORDER BY of one page: from the cursor's key (after it, or before it read backwards), or from the start. */
export function keysetClauses(order: KeysetOrder, position: KeysetPosition | undefined): { where: Prisma.Sql; orderBy: Prisma.Sql } {
  const reverse = position?.dir === "before";
  return { where: position ? keysetWhere(order, position.key, reverse) : Prisma.sql`true`, orderBy: keysetOrderBy(order, reverse) };
}

/** A page read by keyset: the rows, in order, and the cursors of the pages beside it. */
export type KeysetPage<R> = { rows: R[]; page: number; total: number; nextCursor: string | null; prevCursor: string | null };

type Keyed = Record<string, unknown>;
const keyOf = (row: Keyed, order: KeysetOrder) => order.columns.map((_, i) => (row[`k${i}`] ?? null) as string | null);

/**
 * Turns the raw rows of one page (pageSize + 1 asked for, to know whether more
 * follow) into the page and its cursors. Pages reached by `page` (OFFSET) and by a
 * cursor both hand out cursors, so Next from any page is a keyset read.
 */
export function keysetPage<R extends Keyed>(raw: R[], order: KeysetOrder, pageSize: number, at: { position?: KeysetPosition; page: number; total: number }): KeysetPage<R> {
  const backwards = at.position?.dir === "before";
  const more = raw.length > pageSize;
  const rows = backwards ? raw.slice(0, pageSize).reverse() : raw.slice(0, pageSize);
  // Read backwards, "more" means rows before this page; fewer than asked means this is the first page.
  const page = backwards ? (more ? Math.max(2, at.page) : 1) : at.page;
  const hasNext = backwards ? rows.length > 0 : more;
  const hasPrev = page > 1 && rows.length > 0;
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    page,
    total: at.total,
    nextCursor: hasNext && last ? encodeCursor({ view: order.view, dir: "after", key: keyOf(last, order), page: page + 1, total: at.total }) : null,
    prevCursor: hasPrev && first ? encodeCursor({ view: order.view, dir: "before", key: keyOf(first, order), page: page - 1, total: at.total }) : null,
  };
}
