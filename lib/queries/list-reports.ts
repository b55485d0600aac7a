import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";
import { toIsoDate, type Precision } from "@/lib/format/dates";

export type ReportListRow = {
  id: number;
  title: string;
  outlet: string;
  publishedOn: string | null;
  publishedPrecision: Precision;
  claimCount: number;
};

export type ReportListPage = { rows: ReportListRow[]; total: number; page: number; pageSize: number };

// A data set's rows are stored as reports (the text its claims quote), but they are
// not reports anyone published: the list shows the news; the data sets are listed on
// the ingest page and reached through their claims.
const NEWS_REPORTS = { outlet: { kind: { not: "dataset" as const } } };

/** One page of reports, newest first; undated reports last. */
export async function listReports(page = 1, pageSize = 50): Promise<ReportListPage> {
  const prisma = getReadPrisma();
  const [rows, total] = await Promise.all([
    prisma.report.findMany({
      where: NEWS_REPORTS,
      select: {
        id: true,
        title: true,
        publishedOn: true,
        publishedPrecision: true,
        claimCount: true,
        outlet: { select: { name: true } },
      },
      orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    prisma.report.count({ where: NEWS_REPORTS }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet.name,
      publishedOn: toIsoDate(r.publishedOn),
      publishedPrecision: r.publishedPrecision,
      claimCount: r.claimCount,
    })),
    total,
    page,
    pageSize,
  };
}
