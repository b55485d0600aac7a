import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";
import { toIsoDate, type Precision } from "@/lib/format/dates";

export type ReportClaim = {
  id: number;
  version: number;
  eventId: number | null;
  spanStart: number;
  spanEnd: number;
  quote: string;
  numberText: string;
  side: string;
  sideLabel: string;
  sideColour: string;
  outcome: string;
  qualifier: string;
  low: number;
  high: number | null;
  claimant: string;
  /** The place's canonical name (the profile's, where it knows the place); null when none was resolved. */
  place: string | null;
  /** The place in the report's words ("Hasaka"). */
  placeText: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  scope: string;
  reviewStatus: string;
  /** A vague word ("dozens of") an editor put a number on: that number wins over the convention. */
  countCorrected: boolean;
};

export type ReportDetail = {
  id: number;
  title: string;
  outlet: string;
  url: string | null;
  publishedOn: string | null;
  publishedPrecision: Precision;
  /** A row of a curated data set, written out: its figures are kept as published. */
  isDatasetRow: boolean;
  text: string;
  claims: ReportClaim[];
};

/** A report with its text and its claims in reading order, or null when there is no such report. */
export async function findReport(id: number): Promise<ReportDetail | null> {
  const report = await getReadPrisma().report.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      publishedOn: true,
      publishedPrecision: true,
      text: true,
      outlet: { select: { name: true, kind: true } },
      claims: {
        orderBy: [{ spanStart: "asc" }, { id: "asc" }],
        select: {
          id: true, version: true, eventId: true, spanStart: true, spanEnd: true, quote: true, numberText: true, outcome: true, qualifier: true,
          low: true, high: true, placeText: true, place: { select: { name: true } }, periodStart: true, periodEnd: true, scope: true, reviewStatus: true, countCorrected: true,
          side: { select: { key: true, label: true, colour: true } },
          claimant: { select: { name: true } },
        },
      },
    },
  });
  if (!report) return null;
  return {
    id: report.id,
    title: report.title,
    outlet: report.outlet.name,
    url: report.url,
    publishedOn: toIsoDate(report.publishedOn),
    publishedPrecision: report.publishedPrecision,
    isDatasetRow: report.outlet.kind === "dataset",
    text: report.text,
    claims: report.claims.map((c) => ({
      id: c.id,
      version: c.version,
      eventId: c.eventId,
      spanStart: c.spanStart,
      spanEnd: c.spanEnd,
      quote: c.quote,
      numberText: c.numberText,
      side: c.side.key,
      sideLabel: c.side.label,
      sideColour: c.side.colour,
      outcome: c.outcome,
      qualifier: c.qualifier,
      low: c.low,
      high: c.high,
      claimant: c.claimant.name,
      place: c.place?.name ?? null,
      placeText: c.placeText,
      periodStart: toIsoDate(c.periodStart),
      periodEnd: toIsoDate(c.periodEnd),
      scope: c.scope,
      reviewStatus: c.reviewStatus,
      countCorrected: c.qualifier === "vague" && c.countCorrected,
    })),
  };
}
