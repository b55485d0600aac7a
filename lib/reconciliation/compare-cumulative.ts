// A cumulative claim ("500 killed since May 30") is never added to incidents:
// it is set beside the sum of the incidents in its period.

import { distinctEstimateRows } from "./distinct-estimate-rows";
import { toPlaceKey } from "./name-key";
import type { ClaimInput, EventEstimate, Outcome } from "./types";

export type IncidentTotal = {
  low: number;
  best: number;
  high: number;
  /** At least one summed event is open at the top, so the sum is too. */
  highOpen: boolean;
  eventCount: number;
  eventKeys: string[];
};

/**
 * above: the claim's figure exceeds every sum the incidents allow (their high, closed);
 * below: it is under their low; within: in between.
 * no-incidents: no recorded incident falls in the period (not "0 incidents": we may lack them);
 * not-comparable: the claim's period has no start (or no end and no publication date).
 */
export type CumulativeVerdict = "above" | "below" | "within" | "no-incidents" | "not-comparable";

export type CumulativeComparison = {
  claimId: number;
  side: string;
  outcome: Outcome;
  place: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** The figure compared: the cumulative claim's point. */
  figure: number;
  incidents: IncidentTotal | null;
  verdict: CumulativeVerdict;
};

/**
 * Sums the incident estimates of the claim's side and outcome (and place, when it names
 * one) whose whole period lies inside the claim's period, and says where the claim's
 * figure falls. An open end ("so far") runs to the claim's publication date. Undated
 * events, and events of another or no place when the claim names a place, are left out:
 * we cannot tell whether they belong.
 */
export function compareCumulative(
  cumulativeClaim: ClaimInput,
  incidentEstimates: readonly EventEstimate[],
): CumulativeComparison {
  if (cumulativeClaim.scope !== "cumulative") {
    throw new RangeError(`Claim ${cumulativeClaim.id} is an incident claim, not a cumulative one`);
  }
  const { id, side, outcome, place, periodStart, point } = cumulativeClaim;
  const periodEnd = cumulativeClaim.periodEnd ?? cumulativeClaim.publishedOn;
  const base = { claimId: id, side, outcome, place, periodStart, periodEnd, figure: point };
  if (periodStart === null || periodEnd === null) return { ...base, incidents: null, verdict: "not-comparable" };

  const placeKey = toPlaceKey(place);
  const inside = distinctEstimateRows(incidentEstimates).filter(
    (row) =>
      row.side === side &&
      row.outcome === outcome &&
      (placeKey === null || toPlaceKey(row.place) === placeKey) &&
      row.periodStart !== null &&
      row.periodStart >= periodStart &&
      (row.periodEnd ?? row.periodStart) <= periodEnd,
  );
  if (inside.length === 0) return { ...base, incidents: null, verdict: "no-incidents" };

  const incidents: IncidentTotal = {
    low: sum(inside.map((r) => r.low)),
    best: sum(inside.map((r) => r.best)),
    high: sum(inside.map((r) => r.high)),
    highOpen: inside.some((r) => r.highOpen),
    eventCount: inside.length,
    eventKeys: inside.map((r) => r.eventKey),
  };
  return { ...base, incidents, verdict: verdictFor(point, incidents) };
}

function verdictFor(figure: number, incidents: IncidentTotal): CumulativeVerdict {
  if (figure < incidents.low) return "below";
  if (figure > incidents.high && !incidents.highOpen) return "above";
  return "within";
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
