// Keeps event_estimates current: the estimates of the events a write touched are
// recomputed, under every convention, inside that write's transaction. The rules
// are the same SQL the on-the-fly path uses (lib/sql/event-estimates.ts).
// So are each source's own estimates of those events (one outlet's, one claimant's:
// lib/sql/source-estimates.ts) and their daily sums.
// Rows are deleted and inserted again, so only a transaction holding the estimates
// lock may do it (lib/mutations/with-estimates-lock.ts).
import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { SqlRunner } from "@/lib/db/sql-runner";
import { CONVENTIONS } from "@/lib/extraction/conventions";
import { DEFAULT_FILTERS, type Convention } from "@/lib/filters/filter-schema";
import { allSidesTotal } from "@/lib/queries/all-sides-cte";
import { filtersToWhere } from "@/lib/sql/claim-filters";
import { DISPUTED, keptEstimatesCtes } from "@/lib/sql/event-estimates";
import {
  addSourceDailySums,
  deleteEmptySourceDailySums,
  deleteSourceEstimates,
  insertSourceDailySums,
  insertSourceEstimates,
  type SourceSumKey,
} from "@/lib/sql/source-estimate-rows";
import { addedClaims, estimateKeys, sourceClaimKeys, totalKeys, wholeEvents, type AddedClaim, type RefreshScope } from "@/lib/sql/refresh-scope";
import { SOURCE_KINDS } from "@/lib/sql/source-estimates";
import { withEstimatesLock, type EstimatesSql } from "./with-estimates-lock";

const CONVENTION_IDS = Object.keys(CONVENTIONS) as Convention[];

function insertEstimates(convention: Convention, scope: RefreshScope | null): Prisma.Sql {
  const narrow = scope ? estimateKeys(scope, "c") : Prisma.sql`c.event_id IS NOT NULL`;
  return Prisma.sql`
    WITH ${keptEstimatesCtes(convention, filtersToWhere({ ...DEFAULT_FILTERS, convention }, narrow))}
    INSERT INTO event_estimates (event_id, side_id, outcome, convention, scope, period_start, period_end, place_id,
                                 low, best, high, high_open, claimant_count, claim_count, disputed, spread, disagreement)
    SELECT est.event_id, est.side_id, est.outcome, ${convention}, est.scope::"Scope", e.period_start, e.period_end, e.place_id,
           est.low, est.best, est.high, est.high_open, est.claimant_count, est.claim_count, ${DISPUTED}, est.high - est.low,
           CASE WHEN est.low = 0 THEN est.high ELSE est.high::float8 / est.low END
    FROM est JOIN events e ON e.id = est.event_id`;
}

/** All sides of each event together (the rule of lib/queries/all-sides-cte), for a refresh's events and outcomes or (null) all. */
function insertTotals(scope: RefreshScope | null): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO event_totals (event_id, outcome, convention, scope, period_start, period_end, place_id, low, best, high, high_open)
    SELECT x.event_id, x.outcome, x.convention, min(x.scope::text)::"Scope", min(x.period_start), min(x.period_end), min(x.place_id),
           ${allSidesTotal("x.low", "s.key")}, ${allSidesTotal("x.best", "s.key")}, ${allSidesTotal("x.high", "s.key")}, bool_or(x.high_open)
    FROM event_estimates x JOIN sides s ON s.id = x.side_id
    ${scope ? Prisma.sql`WHERE ${totalKeys(scope, "x")}` : Prisma.empty}
    GROUP BY x.event_id, x.outcome, x.convention`;
}

/**
 * Adds (sign 1) or takes away (sign -1) the incident estimates of some events, or (null)
 * all, to their month x place sums: per side key from event_estimates, all sides (side "")
 * from event_totals. A write takes its events' old rows away before deleting them and
 * adds the new ones after inserting them, so the sums follow without a rescan.
 */
function addMonthPlaceSums(scope: RefreshScope | null, sign: 1 | -1): Prisma.Sql {
  const only = (keys: (scope: RefreshScope, alias: string) => Prisma.Sql, x: string) => (scope ? Prisma.sql`AND ${keys(scope, x)}` : Prisma.empty);
  const sums = (x: string) => Prisma.raw(`${sign} * sum(${x}.low), ${sign} * sum(${x}.best), ${sign} * sum(${x}.high), ${sign} * count(*) FILTER (WHERE ${x}.high_open), ${sign} * count(*)`);
  return Prisma.sql`
    INSERT INTO month_place_estimates AS m (convention, outcome, month, place_id, side, low, best, high, open_events, events)
    SELECT x.convention, x.outcome, date_trunc('month', x.period_start)::date, COALESCE(x.place_id, 0), s.key, ${sums("x")}
    FROM event_estimates x JOIN sides s ON s.id = x.side_id WHERE x.scope = 'incident' AND x.period_start IS NOT NULL ${only(estimateKeys, "x")}
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT t.convention, t.outcome, date_trunc('month', t.period_start)::date, COALESCE(t.place_id, 0), '', ${sums("t")}
    FROM event_totals t WHERE t.scope = 'incident' AND t.period_start IS NOT NULL ${only(totalKeys, "t")}
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (convention, outcome, month, place_id, side) DO UPDATE
    SET low = m.low + EXCLUDED.low, best = m.best + EXCLUDED.best, high = m.high + EXCLUDED.high,
        open_events = m.open_events + EXCLUDED.open_events, events = m.events + EXCLUDED.events`;
}

/** The daily sums of incident estimates, of every day (a rebuild). */
function insertDailySums(): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO daily_estimates (convention, outcome, day, side_id, low, best, high, high_open, open_events, events, claims)
    SELECT convention, outcome, period_start, side_id, sum(low), sum(best), sum(high), bool_or(high_open), count(*) FILTER (WHERE high_open), count(*), sum(claim_count)
    FROM event_estimates
    WHERE scope = 'incident' AND period_start IS NOT NULL
    GROUP BY convention, outcome, period_start, side_id`;
}

/**
 * Adds (sign 1) or takes away (sign -1) the incident estimates of some events to their
 * days' sums, as addMonthPlaceSums does for months: the sums follow a write without
 * summing every event of its days again (a day holds hundreds of events at 1M claims).
 * Answers the keys of the sums it left with no event (see addSourceDailySums).
 */
function addDailySums(scope: RefreshScope, sign: 1 | -1): Prisma.Sql {
  const s = Prisma.raw(String(sign));
  return Prisma.sql`
    WITH sums AS (
      INSERT INTO daily_estimates AS d (convention, outcome, day, side_id, low, best, high, high_open, open_events, events, claims)
      SELECT x.convention, x.outcome, x.period_start, x.side_id, ${s} * sum(x.low), ${s} * sum(x.best), ${s} * sum(x.high),
             ${s} * count(*) FILTER (WHERE x.high_open) > 0, ${s} * count(*) FILTER (WHERE x.high_open), ${s} * count(*), ${s} * sum(x.claim_count)
      FROM event_estimates x
      WHERE ${estimateKeys(scope, "x")} AND x.scope = 'incident' AND x.period_start IS NOT NULL
      GROUP BY x.convention, x.outcome, x.period_start, x.side_id
      ON CONFLICT (convention, outcome, day, side_id) DO UPDATE
      SET low = d.low + EXCLUDED.low, best = d.best + EXCLUDED.best, high = d.high + EXCLUDED.high,
          open_events = d.open_events + EXCLUDED.open_events, high_open = d.open_events + EXCLUDED.open_events > 0,
          events = d.events + EXCLUDED.events, claims = d.claims + EXCLUDED.claims
      RETURNING convention, outcome, day, side_id, events)
    SELECT convention, outcome::text AS outcome, day, side_id FROM sums WHERE events = 0`;
}

type DailySumKey = { convention: string; outcome: string; day: Date; side_id: number };

/** Drops those of some daily sums (keys from addDailySums) that no event is left in. */
function deleteEmptyDailySums(sums: DailySumKey[]): Prisma.Sql {
  return Prisma.sql`DELETE FROM daily_estimates d
    USING unnest(${sums.map((k) => k.convention)}::text[], ${sums.map((k) => k.outcome)}::"Outcome"[],
                 ${sums.map((k) => k.day.toISOString().slice(0, 10))}::date[], ${sums.map((k) => k.side_id)}::int[]) t(convention, outcome, day, side_id)
    WHERE d.convention = t.convention AND d.outcome = t.outcome AND d.day = t.day AND d.side_id = t.side_id AND d.events = 0`;
}

/**
 * Claims only added to some events (ingest): each, with its event, side, outcome and
 * sources, and the stored events whose period they widened. Only the rows those claims
 * change are remade (lib/sql/refresh-scope.ts).
 */
export type AddedClaims = { claims: AddedClaim[]; widened: number[] };

/** Remakes the kept rows of some events: every row of them, or (`added`) only the rows the added claims change. */
export async function refreshEventEstimates(db: EstimatesSql, eventIds: number[], added?: AddedClaims): Promise<void> {
  const ids = [...new Set(eventIds)].filter((id) => Number.isInteger(id));
  if (ids.length === 0) return;
  const scope = added ? addedClaims(added.claims, added.widened) : wholeEvents(ids);
  await db.$executeRaw(addMonthPlaceSums(scope, -1));
  const emptied = await db.$queryRaw<DailySumKey[]>(addDailySums(scope, -1));
  await db.$executeRaw`DELETE FROM event_estimates x WHERE ${estimateKeys(scope, "x")}`;
  await db.$executeRaw`DELETE FROM event_totals t WHERE ${totalKeys(scope, "t")}`;
  for (const convention of CONVENTION_IDS) await db.$executeRaw(insertEstimates(convention, scope));
  await db.$executeRaw(insertTotals(scope));
  await db.$executeRaw(addMonthPlaceSums(scope, 1));
  await db.$executeRaw(addDailySums(scope, 1));
  await refreshSourceEstimates(db, scope);
  // The days whose events all left them (the write moved or removed them): no sum is left there.
  if (emptied.length > 0) await db.$executeRaw(deleteEmptyDailySums(emptied));
}

/** Sources' estimates of a refresh's events, and their daily sums (taken away before, added after). */
async function refreshSourceEstimates(db: SqlRunner, scope: RefreshScope): Promise<void> {
  const emptied = await db.$queryRaw<SourceSumKey[]>(addSourceDailySums(scope, -1));
  await db.$executeRaw(deleteSourceEstimates(scope));
  for (const kind of SOURCE_KINDS) {
    for (const convention of CONVENTION_IDS) await db.$executeRaw(insertSourceEstimates(kind, convention, sourceClaimKeys(scope, kind)));
  }
  await db.$executeRaw(addSourceDailySums(scope, 1));
  if (emptied.length > 0) await db.$executeRaw(deleteEmptySourceDailySums(emptied));
}

/**
 * A data set's own estimates (its outlet's; its rows are never edited, merged or split),
 * remade whole in the transaction of an import. Only that outlet's rows are touched, so it
 * needs no estimates lock: no news write reaches them (the data sets' own import lock
 * orders imports and removals).
 */
export async function refreshDatasetEstimates(db: Prisma.TransactionClient, outletId: number): Promise<void> {
  const mine = Prisma.sql`x.source_kind = 'outlet' AND x.source_id = ${outletId}`;
  // The import just added thousands of claims of an outlet the statistics have never seen:
  // planned as one or two rows, the estimates joined them by nested loops, quadratic in
  // the rows (a 20,000-row file took minutes, or seconds, by when autovacuum last came).
  // ANALYZE in the transaction counts its own new rows.
  await db.$executeRaw`ANALYZE claims, events`;
  await db.$executeRaw`DELETE FROM source_event_estimates x WHERE ${mine}`;
  await db.$executeRaw`DELETE FROM source_daily_estimates x WHERE ${mine}`;
  for (const convention of CONVENTION_IDS) await db.$executeRaw(insertSourceEstimates("outlet", convention, Prisma.sql`c.outlet_id = ${outletId} AND c.event_id IS NOT NULL`));
  await db.$executeRaw(insertSourceDailySums(mine));
}

/**
 * A whole rebuild's time limit: at 10M claims the fill took over 30 minutes on this
 * 2-core machine with other work running (the first attempt hit a 30-minute limit and
 * rolled back); a limit is kept so a stuck rebuild still ends.
 */
const REBUILD_TIMEOUT_MS = 4 * 60 * 60_000;

/** Recomputes every estimate: after a bulk load, or on the first start after the table was added. */
export async function rebuildAllEventEstimates(db: PrismaClient): Promise<void> {
  await withEstimatesLock(
    db,
    async (tx) => {
      // Every claim is sorted a few times over: in memory, not in temporary files.
      await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
      await tx.$executeRaw`TRUNCATE event_estimates, event_totals, daily_estimates, month_place_estimates`;
      for (const convention of CONVENTION_IDS) await tx.$executeRaw(insertEstimates(convention, null));
      await tx.$executeRaw(insertTotals(null));
      await tx.$executeRaw(insertDailySums());
      await tx.$executeRaw(addMonthPlaceSums(null, 1));
      await fillSourceEstimates(tx);
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}

/** Recomputes only the per-source estimates: the first start after they were added keeps the rest (hours at 10M claims). */
export async function rebuildSourceEstimates(db: PrismaClient): Promise<void> {
  await withEstimatesLock(
    db,
    async (tx) => {
      await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
      await fillSourceEstimates(tx);
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}

async function fillSourceEstimates(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`TRUNCATE source_event_estimates, source_daily_estimates`;
  for (const kind of SOURCE_KINDS) {
    for (const convention of CONVENTION_IDS) await tx.$executeRaw(insertSourceEstimates(kind, convention, Prisma.sql`c.event_id IS NOT NULL`));
  }
  await tx.$executeRaw(insertSourceDailySums(null));
}

export type MissingEstimates = "none" | "all" | "sources";

/**
 * What is missing (data loaded before these tables, or by COPY): "all" when news events
 * have no event estimates; "sources" when only the per-source rows are missing (counted
 * claims in events, a data set's too, without any source's estimates).
 */
export async function missingEstimates(db: PrismaClient): Promise<MissingEstimates> {
  const [row] = await db.$queryRaw<{ all: boolean; sources: boolean }[]>`
    SELECT (EXISTS (SELECT 1 FROM events WHERE dataset_id IS NULL)
            AND NOT (EXISTS (SELECT 1 FROM event_estimates) AND EXISTS (SELECT 1 FROM event_totals))) AS all,
           (EXISTS (SELECT 1 FROM claims WHERE event_id IS NOT NULL AND review_status <> 'rejected')
            AND NOT EXISTS (SELECT 1 FROM source_event_estimates)) AS sources`;
  return row?.all ? "all" : row?.sources ? "sources" : "none";
}

export async function estimatesAreMissing(db: PrismaClient): Promise<boolean> {
  return (await missingEstimates(db)) !== "none";
}

/** The tables a rebuild fills, for the statistics pass after it. */
const ESTIMATE_TABLES = ["event_estimates", "event_totals", "daily_estimates", "month_place_estimates", "source_event_estimates", "source_daily_estimates"];

/**
 * Fills what missingEstimates found missing; returns it. Then gives the planner the new
 * rows' statistics and the visibility map at once: millions of rows inserted in one
 * transaction have none until autovacuum comes round, and meanwhile the views' plans are
 * chosen blind (measured at 1M claims: the comparison's first page 1.2 s before, 69 ms after).
 */
export async function fillMissingEstimates(db: PrismaClient): Promise<MissingEstimates> {
  const missing = await missingEstimates(db);
  if (missing === "all") await rebuildAllEventEstimates(db);
  if (missing === "sources") await rebuildSourceEstimates(db);
  // VACUUM cannot run in a transaction: its own statement, after the rebuild committed.
  if (missing !== "none") await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${ESTIMATE_TABLES.join(", ")}`);
  return missing;
}
