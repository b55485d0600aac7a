// The SQL form of docs/domain.md's "From claims to estimates", shared by every
// aggregate view (time series, totals, comparison, uncertainty). lib/reconciliation
// states the same rules in TypeScript; tests/integration/estimates-match-reconciliation
// proves the two agree on real reports.
//   1. claims matching the filters, with vague counts under the chosen convention
//      (unless an editor corrected the count: the editor's figure wins);
//   2. claims in an event; one per claimant per event, side and outcome (the latest
//      statement wins). Incident and cumulative claims never share an event, and
//      the charts and totals read incident events only: totals are compared, not added;
//   3. per event, side and outcome: low = smallest lower bound, high = largest stated
//      figure (open when an open-ended claim states it), best = the lower median of
//      the claimants' points, disputed when two or more claimants put high >= 2 x low.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { CONVENTIONS } from "@/lib/extraction/conventions";
import type { Filters } from "@/lib/filters/filter-schema";
import { CLAIM_JOINS, filtersToWhere } from "./claim-filters";

/** The convention's vague-word table as an inline VALUES list (term, low, point). */
export function conventionTable(convention: Filters["convention"]): Prisma.Sql {
  // A vague word's number is both its lower bound and its point (docs/domain.md).
  const rows = Object.entries(CONVENTIONS[convention].values).map(([term, n]) => Prisma.sql`(${term}::text, ${n}::int, ${n}::int)`);
  return Prisma.sql`(VALUES ${Prisma.join(rows)}) AS conv(term, low, point)`;
}

/**
 * When a claim's count comes from the convention: a vague word the convention knows,
 * unless an editor corrected the count (an editor's figure wins over every convention).
 */
const conventionApplies = Prisma.sql`c.qualifier = 'vague' AND NOT c.count_corrected AND conv.term = c.vague_term`;

/** CTE `fc`: the filtered claims with their counts under the chosen convention. */
export function filteredClaimsCte(filters: Filters, extra?: Prisma.Sql): Prisma.Sql {
  return claimsCte(filters.convention, filtersToWhere(filters, extra));
}

/** `fc` for the claims `where` keeps. */
function claimsCte(convention: Filters["convention"], where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`fc AS (
    SELECT c.id, c.event_id, c.side_id, s.key AS side, s.label AS side_label, c.outcome, c.claimant_id, cl.name AS claimant,
           o.name AS outlet, c.report_id, c.published_on, c.scope, c.qualifier, c.number_text, c.quote,
           c.period_start, c.period_end, c.high, c.place_text, c.qualifier = 'vague' AND c.count_corrected AS count_corrected, c.span_start, c.span_end, c.confidence, c.confidence_reason, c.review_status, p.name AS place,
           COALESCE(conv.low, c.low) AS low, COALESCE(conv.point, c.point) AS point
    FROM ${CLAIM_JOINS}
    LEFT JOIN ${conventionTable(convention)} ON ${conventionApplies}
    ${where}
  )`;
}

/**
 * `fc` with only what an estimate needs (and `source` as `source_id`, when given): a bulk
 * fill sorts every claim, and the text columns and the joins that bring names would make
 * that sort spill to disk, and every write's refresh slower. `where` may name only the
 * claim's own columns (`c`), as lib/sql/claim-filters.ts does with no place or date filter.
 */
function leanClaimsCte(convention: Filters["convention"], where: Prisma.Sql, source: Prisma.Sql | null): Prisma.Sql {
  return Prisma.sql`fc AS (
    SELECT c.id, c.event_id, c.side_id, s.key AS side, c.outcome, c.claimant_id, c.published_on, c.scope, c.high,
           COALESCE(conv.low, c.low) AS low, COALESCE(conv.point, c.point) AS point${source ? Prisma.sql`, ${source} AS source_id` : Prisma.empty}
    FROM claims c JOIN sides s ON s.id = c.side_id
    LEFT JOIN ${conventionTable(convention)} ON ${conventionApplies}
    ${where}
  )`;
}

/** CTEs `fc`, `latest` and `est` (one row per event x side x outcome); `extra` narrows the claims. */
export function eventEstimatesCtes(filters: Filters, extra?: Prisma.Sql): Prisma.Sql {
  return estimatesOf(filteredClaimsCte(filters, extra), false);
}

/**
 * The same CTEs for the estimates kept on write (event_estimates): the claims `where`
 * keeps, read lean. `where` may name only the claim's own columns.
 */
export function keptEstimatesCtes(convention: Filters["convention"], where: Prisma.Sql): Prisma.Sql {
  return estimatesOf(leanClaimsCte(convention, where, null), false);
}

/**
 * The same CTEs with one estimate per source as well (`est` gains `source_id`): each
 * source's estimate is made from its own claims only, exactly as eventEstimatesCtes
 * would make it with a filter keeping that source. `where` is the claims' WHERE clause.
 */
export function perSourceEstimatesCtes(convention: Filters["convention"], where: Prisma.Sql, source: Prisma.Sql): Prisma.Sql {
  return estimatesOf(leanClaimsCte(convention, where, source), true);
}

function estimatesOf(fc: Prisma.Sql, perSource: boolean): Prisma.Sql {
  // With a source, it leads every grouping: a source's claims never meet another's.
  const by = (alias: string) => (perSource ? Prisma.raw(`${alias}source_id, `) : Prisma.empty);
  return Prisma.sql`${fc},
  latest AS (
    SELECT DISTINCT ON (${by("")}event_id, side_id, outcome, claimant_id) *
    FROM fc WHERE event_id IS NOT NULL
    ORDER BY ${by("")}event_id, side_id, outcome, claimant_id, published_on DESC NULLS LAST, id DESC
  ),
  est AS (
    SELECT ${by("l.")}l.event_id, l.side_id, min(l.side) AS side, l.outcome, min(l.scope::text) AS scope,
           min(l.low) AS low,
           percentile_disc(0.5) WITHIN GROUP (ORDER BY l.point) AS best,
           GREATEST(max(l.high), max(l.low) FILTER (WHERE l.high IS NULL)) AS high,
           COALESCE(max(l.low) FILTER (WHERE l.high IS NULL) >= COALESCE(max(l.high), 0), false) AS high_open,
           count(*)::int AS claimant_count,
           min(n.claims)::int AS claim_count
    FROM latest l
    JOIN (SELECT ${by("")}event_id, side_id, outcome, count(*) AS claims FROM fc WHERE event_id IS NOT NULL GROUP BY ${perSource ? Prisma.raw("1, 2, 3, 4") : Prisma.raw("1, 2, 3")}) n
      ON ${perSource ? Prisma.sql`n.source_id = l.source_id AND ` : Prisma.empty}n.event_id = l.event_id AND n.side_id = l.side_id AND n.outcome = l.outcome
    GROUP BY ${by("l.")}l.event_id, l.side_id, l.outcome
  )`;
}

/**
 * A row of `est` is disputed when claimants disagree: at least two of them, and the
 * high at least twice the low. One claimant's own range ("up to 70") is uncertain,
 * not disputed (lib/reconciliation's isDisputedRange states the same rule).
 */
export const DISPUTED = Prisma.sql`(est.claimant_count >= 2 AND est.high > 0 AND est.high >= 2 * est.low)`;
