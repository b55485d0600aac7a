import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Precision } from "@/lib/format/dates";
import type { Cursor } from "@/lib/schemas/cursor";
import { keySelect, keysetClauses, keysetPage, positionOf } from "@/lib/sql/keyset";
import { REPORTS_ORDER } from "./view-orders";

export type ReportListRow = {
  id: number;
  title: string;
  outlet: string;
  publishedOn: string | null;
  publishedPrecision: Precision;
  claimCount: number;
};

/** `total` is counted on a page asked for by number; a page reached by cursor carries the first page's count. */
export type ReportListPage = { rows: ReportListRow[]; total: number; page: number; pageSize: number; nextCursor: string | null; prevCursor: string | null };
export type ReportListQuery = { page: number; pageSize: number; cursor?: Cursor };

type Raw = Record<`k${number}`, string | null> & { id: number; title: string; outlet: string; published_on: string | null; published_precision: Precision; claim_count: number };

// A data set's rows are stored as reports (the text its claims quote), but they are
// not reports anyone published: the list shows the news; the data sets are listed on
// the ingest page and reached through their claims.
const NEWS_REPORTS = Prisma.sql`o.kind <> 'dataset'`;

/** One page of reports, newest first; undated reports last. */
export async function listReports(q: ReportListQuery): Promise<ReportListPage> {
  const position = positionOf(q.cursor, REPORTS_ORDER);
  const { where, orderBy } = keysetClauses(REPORTS_ORDER, position);
  const [raw, count] = await Promise.all([
    readSql<Raw[]>(Prisma.sql`
      SELECT r.id, r.title, o.name AS outlet, to_char(r.published_on, 'YYYY-MM-DD') AS published_on, r.published_precision::text AS published_precision, r.claim_count,
             ${keySelect(REPORTS_ORDER)}
      FROM reports r JOIN outlets o ON o.id = r.outlet_id
      WHERE ${NEWS_REPORTS} AND ${where}
      ORDER BY ${orderBy}
      LIMIT ${q.pageSize + 1} ${position ? Prisma.empty : Prisma.sql`OFFSET ${(q.page - 1) * q.pageSize}`}`),
    position ? null : readSql<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM reports r JOIN outlets o ON o.id = r.outlet_id WHERE ${NEWS_REPORTS}`),
  ]);
  const paged = keysetPage(raw, REPORTS_ORDER, q.pageSize, { position, page: position?.page ?? q.page, total: position?.total ?? count?.[0]?.n ?? 0 });
  return {
    ...paged,
    pageSize: q.pageSize,
    rows: paged.rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, publishedOn: r.published_on, publishedPrecision: r.published_precision, claimCount: r.claim_count })),
  };
}
