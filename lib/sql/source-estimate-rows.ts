// The writes of lib/sql/source-estimates.ts's tables: one source's estimates per
// event (the rules of lib/sql/event-estimates.ts over that source's claims only)
// and their sums per day, for lib/mutations/refresh-event-estimates.ts.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Convention } from "@/lib/filters/filter-schema";
import { DISPUTED, perSourceEstimatesCtes } from "./event-estimates";
import { SOURCE_COLUMN, sourceClaimsWhere, type SourceKind } from "./source-estimates";

/** A day whose sums of one source under one convention a write changed. */
export type SourceDay = { kind: SourceKind; id: number; convention: string; day: Date };

/**
 * Inserts the estimates of every source of `kind` over the claims `narrow` keeps (some
 * events, one outlet's). With `returning`, answers the incident days the rows start on.
 */
export function insertSourceEstimates(kind: SourceKind, convention: Convention, narrow: Prisma.Sql, returning: boolean): Prisma.Sql {
  const insert = Prisma.sql`
    INSERT INTO source_event_estimates (source_kind, source_id, event_id, side_id, outcome, convention, scope, period_start, period_end, place_id,
                                        low, best, high, high_open, claimant_count, claim_count, disputed, spread, disagreement)
    SELECT ${kind}::"SourceKind", est.source_id, est.event_id, est.side_id, est.outcome, ${convention}, est.scope::"Scope", e.period_start, e.period_end, e.place_id,
           est.low, est.best, est.high, est.high_open, est.claimant_count, est.claim_count, ${DISPUTED}, est.high - est.low,
           CASE WHEN est.low = 0 THEN est.high ELSE est.high::float8 / est.low END
    FROM est JOIN events e ON e.id = est.event_id`;
  const ctes = perSourceEstimatesCtes(convention, sourceClaimsWhere(kind, narrow), SOURCE_COLUMN[kind]);
  if (!returning) return Prisma.sql`WITH ${ctes} ${insert}`;
  return Prisma.sql`WITH ${ctes}, made AS (${insert} RETURNING source_kind, source_id, convention, period_start, scope)
    SELECT DISTINCT source_kind::text AS kind, source_id AS id, convention, period_start AS day FROM made WHERE ${INCIDENT_DAY}`;
}

/** Deletes the estimates of some events of every source, answering the incident days they started on. */
export function deleteSourceEstimates(events: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`WITH gone AS (DELETE FROM source_event_estimates WHERE event_id = ANY(${events}) RETURNING source_kind, source_id, convention, period_start, scope)
    SELECT DISTINCT source_kind::text AS kind, source_id AS id, convention, period_start AS day FROM gone WHERE ${INCIDENT_DAY}`;
}

const INCIDENT_DAY = Prisma.sql`scope = 'incident' AND period_start IS NOT NULL`;

/** The (source, convention, day) keys of some days as a relation `t(kind, id, convention, day)`. */
function sourceDays(days: SourceDay[]): Prisma.Sql {
  return Prisma.sql`unnest(${days.map((d) => d.kind)}::"SourceKind"[], ${days.map((d) => d.id)}::int[], ${days.map((d) => d.convention)}::text[], ${days.map((d) => d.day.toISOString().slice(0, 10))}::date[]) t(kind, id, convention, day)`;
}

export function deleteSourceDailySums(days: SourceDay[]): Prisma.Sql {
  return Prisma.sql`DELETE FROM source_daily_estimates d USING ${sourceDays(days)}
    WHERE d.source_kind = t.kind AND d.source_id = t.id AND d.convention = t.convention AND d.day = t.day`;
}

/** The daily sums of incident estimates: of some sources' days, of one source (`x` is the per-event table), or (null) all. */
export function insertSourceDailySums(only: SourceDay[] | Prisma.Sql | null): Prisma.Sql {
  const narrow = Array.isArray(only)
    ? Prisma.sql`AND (x.source_kind, x.source_id, x.convention, x.period_start) IN (SELECT t.kind, t.id, t.convention, t.day FROM ${sourceDays(only)})`
    : only ? Prisma.sql`AND ${only}` : Prisma.empty;
  return Prisma.sql`
    INSERT INTO source_daily_estimates (source_kind, source_id, convention, day, outcome, side_id, low, best, high, high_open, events, claims)
    SELECT x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id,
           sum(x.low), sum(x.best), sum(x.high), bool_or(x.high_open), count(*), sum(x.claim_count)
    FROM source_event_estimates x
    WHERE x.scope = 'incident' AND x.period_start IS NOT NULL ${narrow}
    GROUP BY x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id`;
}
