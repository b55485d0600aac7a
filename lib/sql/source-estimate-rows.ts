// The writes of lib/sql/source-estimates.ts's tables: one source's estimates per
// event (the rules of lib/sql/event-estimates.ts over that source's claims only)
// and their sums per day, for lib/mutations/refresh-event-estimates.ts.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Convention } from "@/lib/filters/filter-schema";
import { DISPUTED, perSourceEstimatesCtes } from "./event-estimates";
import { sourceRowKeys, type RefreshScope } from "./refresh-scope";
import { SOURCE_COLUMN, sourceClaimsWhere, type SourceKind } from "./source-estimates";

/** The key of one source's daily sum: a day, an outcome and a side, under one convention. */
export type SourceSumKey = { kind: SourceKind; id: number; convention: string; day: Date; outcome: string; side_id: number };

/** Inserts the estimates of every source of `kind` over the claims `narrow` keeps (some events, one outlet's). */
export function insertSourceEstimates(kind: SourceKind, convention: Convention, narrow: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH ${perSourceEstimatesCtes(convention, sourceClaimsWhere(kind, narrow), SOURCE_COLUMN[kind])}
    INSERT INTO source_event_estimates (source_kind, source_id, event_id, side_id, outcome, convention, scope, period_start, period_end, place_id,
                                        low, best, high, high_open, claimant_count, claim_count, disputed, spread, disagreement)
    SELECT ${kind}::"SourceKind", est.source_id, est.event_id, est.side_id, est.outcome, ${convention}, est.scope::"Scope", e.period_start, e.period_end, e.place_id,
           est.low, est.best, est.high, est.high_open, est.claimant_count, est.claim_count, ${DISPUTED}, est.high - est.low,
           CASE WHEN est.low = 0 THEN est.high ELSE est.high::float8 / est.low END
    FROM est JOIN events e ON e.id = est.event_id`;
}

/** Deletes the rows a refresh remakes. */
export function deleteSourceEstimates(scope: RefreshScope): Prisma.Sql {
  return Prisma.sql`DELETE FROM source_event_estimates x WHERE ${sourceRowKeys(scope, "x")}`;
}

/**
 * Adds (sign 1) or takes away (sign -1) the incident estimates a refresh remakes to their
 * sources' daily sums: a write takes its events' old rows away before
 * deleting them and adds the new ones after inserting them, so the sums follow without
 * summing every event of those days again. Answers the keys of the sums it left with no
 * event: after taking away, the ones deleteEmptySourceDailySums drops once the new rows
 * are added (unless those brought some back). Only such a sum can end empty.
 */
export function addSourceDailySums(scope: RefreshScope, sign: 1 | -1): Prisma.Sql {
  const s = Prisma.raw(String(sign));
  return Prisma.sql`
    WITH sums AS (
      INSERT INTO source_daily_estimates AS d (source_kind, source_id, convention, day, outcome, side_id, low, best, high, high_open, open_events, events, claims)
      SELECT x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id,
             ${s} * sum(x.low), ${s} * sum(x.best), ${s} * sum(x.high), ${s} * count(*) FILTER (WHERE x.high_open) > 0,
             ${s} * count(*) FILTER (WHERE x.high_open), ${s} * count(*), ${s} * sum(x.claim_count)
      FROM source_event_estimates x
      WHERE ${sourceRowKeys(scope, "x")} AND x.scope = 'incident' AND x.period_start IS NOT NULL
      GROUP BY x.source_kind, x.source_id, x.convention, x.period_start, x.outcome, x.side_id
      ON CONFLICT (source_kind, source_id, convention, day, outcome, side_id) DO UPDATE
      SET low = d.low + EXCLUDED.low, best = d.best + EXCLUDED.best, high = d.high + EXCLUDED.high,
          open_events = d.open_events + EXCLUDED.open_events, high_open = d.open_events + EXCLUDED.open_events > 0,
          events = d.events + EXCLUDED.events, claims = d.claims + EXCLUDED.claims
      RETURNING source_kind, source_id, convention, day, outcome, side_id, events)
    SELECT source_kind::text AS kind, source_id AS id, convention, day, outcome::text AS outcome, side_id FROM sums WHERE events = 0`;
}

/**
 * Drops those of some sums (keys from addSourceDailySums) that no event is left in, each
 * found by its primary key: the write's days of every source would probe thousands of sums.
 */
export function deleteEmptySourceDailySums(sums: SourceSumKey[]): Prisma.Sql {
  const keys = Prisma.sql`unnest(${sums.map((k) => k.kind)}::"SourceKind"[], ${sums.map((k) => k.id)}::int[], ${sums.map((k) => k.convention)}::text[],
    ${sums.map((k) => k.day.toISOString().slice(0, 10))}::date[], ${sums.map((k) => k.outcome)}::"Outcome"[], ${sums.map((k) => k.side_id)}::int[]) t(kind, id, convention, day, outcome, side_id)`;
  return Prisma.sql`DELETE FROM source_daily_estimates d USING ${keys}
    WHERE d.source_kind = t.kind AND d.source_id = t.id AND d.convention = t.convention AND d.day = t.day
      AND d.outcome = t.outcome AND d.side_id = t.side_id AND d.events = 0`;
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
