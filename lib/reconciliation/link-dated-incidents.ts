// The automatic half of grouping: dated incident claims about the same place and period.

import { daysApart, toDaySpan, type DaySpan } from "./days";
import { toPlaceKey } from "./name-key";
import type { ClaimInput } from "./types";

type Dated = { claim: ClaimInput; span: DaySpan };

/**
 * Splits dated incident claims into clusters of one happening each.
 * Placed claims cluster when they name the same place and their periods overlap
 * (or lie at most `adjacentDays` apart), transitively. A claim without a place
 * joins a cluster only when exactly one cluster fits its period: with two or more
 * candidates we cannot tell which happening it reports, and guessing would move
 * its deaths between events, so it stays alone, as it does with none.
 * Placeless claims never cluster with each other: "5 killed on Monday" from two
 * reports may be two villages.
 */
export function linkDatedIncidents(claims: readonly ClaimInput[], adjacentDays: number): ClaimInput[][] {
  const dated = claims.map((claim) => ({ claim, span: toDaySpan(claim.periodStart, claim.periodEnd)! }));
  const placed = dated.filter((d) => toPlaceKey(d.claim.place) !== null);
  const placeless = dated.filter((d) => toPlaceKey(d.claim.place) === null);

  const clusters = clusterPlacedClaims(placed, adjacentDays);
  const alone: Dated[][] = [];
  for (const orphan of placeless) {
    const fits = clusters.filter((cluster) => cluster.some((d) => daysApart(d.span, orphan.span) <= adjacentDays));
    if (fits.length === 1) fits[0].push(orphan);
    else alone.push([orphan]);
  }
  // Candidates are judged against placed claims only, so the order orphans are seen in cannot matter.
  return [...clusters, ...alone].map((cluster) => cluster.map((d) => d.claim));
}

/** Per place, a sweep in start order: a claim joins the running cluster while it reaches its end. */
function clusterPlacedClaims(placed: readonly Dated[], adjacentDays: number): Dated[][] {
  const byPlace = new Map<string, Dated[]>();
  for (const d of placed) {
    const key = toPlaceKey(d.claim.place)!;
    byPlace.set(key, [...(byPlace.get(key) ?? []), d]);
  }
  const clusters: Dated[][] = [];
  for (const key of [...byPlace.keys()].sort()) {
    const inStartOrder = byPlace.get(key)!.sort((a, b) => a.span.start - b.span.start || a.claim.id - b.claim.id);
    let current: Dated[] = [];
    let currentEnd = Number.NEGATIVE_INFINITY;
    for (const d of inStartOrder) {
      if (current.length > 0 && d.span.start - currentEnd > adjacentDays) {
        clusters.push(current);
        current = [];
      }
      current.push(d);
      currentEnd = current.length === 1 ? d.span.end : Math.max(currentEnd, d.span.end);
    }
    if (current.length > 0) clusters.push(current);
  }
  return clusters;
}
