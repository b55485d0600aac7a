// One event as its page shows it: where and when, each side's stored low/best/high
// with the claims behind it (which counted, which a claimant's later word replaced,
// which give the low, the best and the high), and every claim with its sentence.
// The figures are event_estimates' (kept current on write by the rules of
// lib/sql/event-estimates.ts); lib/reconciliation only names the claims behind them.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_FILTERS, type Convention } from "@/lib/filters/filter-schema";
import { getProfile } from "@/lib/profiles";
import { explainEstimate, type ClaimInput, type EstimateExplanation } from "@/lib/reconciliation";
import { filteredClaimsCte } from "@/lib/sql/event-estimates";

export type EventPlace = { name: string; kind: string | null; latitude: number | null; longitude: number | null };

export type EventClaimDetail = {
  id: number; reportId: number; reportTitle: string; outlet: string; claimant: string; publishedOn: string | null;
  side: string; sideLabel: string; outcome: string; scope: string; qualifier: string; numberText: string;
  /** Under the event's convention (a vague word's number), unless an editor corrected the count. */
  low: number; high: number | null; point: number; countCorrected: boolean;
  quote: string; periodStart: string | null; periodEnd: string | null;
  /** The canonical place; `placeAsWritten` keeps the report's words. */
  place: string | null; placeAsWritten: string | null;
  reviewStatus: string; confidence: number;
};

export type EventSideEstimate = {
  side: string; sideLabel: string; sideColour: string; outcome: string;
  low: number; best: number; high: number; highOpen: boolean;
  claimantCount: number; claimCount: number; disputed: boolean; spread: number;
  derivation: EstimateExplanation;
};

export type EventDetail = {
  id: number; label: string | null; scope: string; periodStart: string | null; periodEnd: string | null;
  place: EventPlace | null;
  /** An editor merged or split it: automatic grouping leaves it alone. */
  isManual: boolean;
  /** The curated data set whose row this event is (its claims are that row's), else null. */
  dataset: string | null;
  convention: Convention;
  estimates: EventSideEstimate[];
  claims: EventClaimDetail[];
};

type HeadRow = { id: number; label: string | null; scope: string; is_manual: boolean; period_start: string | null; period_end: string | null; place: string | null; place_kind: string | null; latitude: number | null; longitude: number | null; dataset: string | null };
type EstimateRow = { side: string; side_label: string; side_colour: string; outcome: string; low: number; best: number; high: number; high_open: boolean; claimant_count: number; claim_count: number; disputed: boolean; spread: number };
type ClaimRow = Omit<EventClaimDetail, "publishedOn"> & { publishedOn: string | null };

/** The event, or null when there is none with this id. */
export async function findEvent(id: number, convention: Convention): Promise<EventDetail | null> {
  const [head] = await readSql<HeadRow[]>(Prisma.sql`
    SELECT e.id, e.label, e.scope::text AS scope, e.is_manual, to_char(e.period_start, 'YYYY-MM-DD') AS period_start, to_char(e.period_end, 'YYYY-MM-DD') AS period_end,
           p.name AS place, p.kind AS place_kind, p.latitude, p.longitude, o.name AS dataset
    FROM events e LEFT JOIN places p ON p.id = e.place_id LEFT JOIN outlets o ON o.id = e.dataset_id
    WHERE e.id = ${id}`);
  if (!head) return null;
  // A data set's row is seen only when its data set is picked, as in every other view.
  const filters = { ...DEFAULT_FILTERS, convention, outlet: head.dataset ? [head.dataset] : [] };
  const [estimates, claims] = await Promise.all([
    readSql<EstimateRow[]>(Prisma.sql`
      SELECT s.key AS side, s.label AS side_label, s.colour AS side_colour, x.outcome::text AS outcome, x.low, x.best, x.high, x.high_open, x.claimant_count, x.claim_count, x.disputed, x.spread
      FROM event_estimates x JOIN sides s ON s.id = x.side_id
      WHERE x.event_id = ${id} AND x.convention = ${convention}
      ORDER BY s.sort_order, s.key, x.outcome`),
    readSql<ClaimRow[]>(Prisma.sql`
      WITH ${filteredClaimsCte(filters, Prisma.sql`c.event_id = ${id}`)}
      SELECT fc.id, fc.report_id AS "reportId", r.title AS "reportTitle", fc.outlet, fc.claimant, to_char(fc.published_on, 'YYYY-MM-DD') AS "publishedOn",
             fc.side, fc.side_label AS "sideLabel", fc.outcome::text AS outcome, fc.scope::text AS scope, fc.qualifier::text AS qualifier, fc.number_text AS "numberText",
             fc.low, fc.high, fc.point, fc.count_corrected AS "countCorrected", fc.quote,
             to_char(fc.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(fc.period_end, 'YYYY-MM-DD') AS "periodEnd",
             fc.place, fc.place_text AS "placeAsWritten", fc.review_status::text AS "reviewStatus", fc.confidence
      FROM fc JOIN reports r ON r.id = fc.report_id
      ORDER BY fc.published_on NULLS FIRST, fc.report_id, fc.span_start, fc.id`),
  ]);
  return {
    id: head.id, label: head.label, scope: head.scope, periodStart: head.period_start, periodEnd: head.period_end,
    place: head.place ? placeOf(head) : null,
    isManual: head.is_manual, dataset: head.dataset, convention,
    estimates: estimates.map((e) => ({
      side: e.side, sideLabel: e.side_label, sideColour: e.side_colour, outcome: e.outcome, low: e.low, best: e.best, high: e.high, highOpen: e.high_open,
      claimantCount: e.claimant_count, claimCount: e.claim_count, disputed: e.disputed, spread: e.spread,
      derivation: explainEstimate(claims.filter((c) => c.side === e.side && c.outcome === e.outcome).map((c) => toClaimInput(c, id))),
    })),
    claims,
  };
}

/** The profile says where its places are; the stored row has coordinates only once a data set was imported. */
function placeOf(head: HeadRow): EventPlace {
  const known = getProfile().places.find((p) => p.name === head.place);
  return {
    name: head.place!,
    kind: known?.kind ?? head.place_kind,
    latitude: known?.latitude ?? head.latitude,
    longitude: known?.longitude ?? head.longitude,
  };
}

function toClaimInput(c: ClaimRow, eventId: number): ClaimInput {
  return {
    id: c.id, reportId: c.reportId, outlet: c.outlet, claimant: c.claimant, side: c.side, outcome: c.outcome as ClaimInput["outcome"],
    qualifier: c.qualifier as ClaimInput["qualifier"], low: c.low, high: c.high, point: c.point, periodStart: c.periodStart, periodEnd: c.periodEnd,
    place: c.place, scope: c.scope as ClaimInput["scope"], publishedOn: c.publishedOn, reviewStatus: c.reviewStatus as ClaimInput["reviewStatus"],
    eventId, eventPinned: false,
  };
}
