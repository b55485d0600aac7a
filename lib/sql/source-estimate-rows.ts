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

/**
 * Adds (sign 1) or takes away (sign -1) the incident estimates of some events, of every
 * source, to their sources' daily sums: a write takes its events' old rows away before
 * deleting them and adds the new ones after inserting them, so the sums follow without
 * summing every event of those days again (deleteEmptySourceDailySums then drops the
 * sums no event is left in).
 */
export function addSourceDailySums(events: Prisma.Sql, sign: 1 | -1): Prisma.Sql {
  const s = Prisma.raw(String(sign));
  return Prisma.sql`
    INSERT INTO source_daily_estimates AS d (source_kind, source_id, convention, day, outcome, side_id, low, best, high, high_open, open_events, events, claims)
    SELECT x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id,
           ${s} * sum(x.low), ${s} * sum(x.best), ${s} * sum(x.high), ${s} * count(*) FILTER (WHERE x.high_open) > 0,
           ${s} * count(*) FILTER (WHERE x.high_open), ${s} * count(*), ${s} * sum(x.claim_count)
    FROM source_event_estimates x
    WHERE x.event_id = ANY(${events}) AND x.scope = 'incident' AND x.period_start IS NOT NULL
    GROUP BY x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id
    ON CONFLICT (source_kind, source_id, convention, day, outcome, side_id) DO UPDATE
    SET low = d.low + EXCLUDED.low, best = d.best + EXCLUDED.best, high = d.high + EXCLUDED.high,
        open_events = d.open_events + EXCLUDED.open_events, high_open = d.open_events + EXCLUDED.open_events > 0,
        events = d.events + EXCLUDED.events, claims = d.claims + EXCLUDED.claims`;
}

/** Drops the sums of some sources' days that no event is left in. */
export function deleteEmptySourceDailySums(days: SourceDay[]): Prisma.Sql {
  return Prisma.sql`DELETE FROM source_daily_estimates d USING ${sourceDays(days)}
    WHERE d.source_kind = t.kind AND d.source_id = t.id AND d.convention = t.convention AND d.day = t.day AND d.events = 0`;
}

/** The daily sums of incident estimates: of one source (`x` is the per-event table), or (null) all. */
export function insertSourceDailySums(only: Prisma.Sql | null): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO source_daily_estimates (source_kind, source_id, convention, day, outcome, side_id, low, best, high, high_open, open_events, events, claims)
    SELECT x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id,
           sum(x.low), sum(x.best), sum(x.high), bool_or(x.high_open), count(*) FILTER (WHERE x.high_open), count(*), sum(x.claim_count)
    FROM source_event_estimates x
    WHERE x.scope = 'incident' AND x.period_start IS NOT NULL ${only ? Prisma.sql`AND ${only}` : Prisma.empty}
    GROUP BY x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id`;
}
