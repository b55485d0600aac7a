// Claims -> one estimate row per event x side x outcome, ready for the event table and the chart.

import { estimateEventSide } from "./estimate-event-side";
import { findSideOutcomeDisagreements } from "./find-side-outcome-disagreements";
import { groupClaimsIntoEvents } from "./group-claims-into-events";
import type { ClaimInput, EstimateEventsOptions, EventEstimate, EventGroup, Outcome } from "./types";

const OUTCOME_ORDER: readonly Outcome[] = ["killed", "wounded", "captured"];

/**
 * Groups the claims into events, then estimates each side and outcome within each event.
 * Only incident claims make rows: a cumulative claim is its own event and yields none
 * (compare it with compareCumulative instead). Undated events still yield rows, with
 * null periods, so they can be listed. Rows come in event order, then side, then outcome.
 */
export function estimateEvents(claims: readonly ClaimInput[], options: EstimateEventsOptions = {}): EventEstimate[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return groupClaimsIntoEvents(claims, options).flatMap((group) =>
    estimateGroup(group, group.claimIds.map((id) => byId.get(id)!), options),
  );
}

function estimateGroup(group: EventGroup, members: ClaimInput[], options: EstimateEventsOptions): EventEstimate[] {
  const incidents = members.filter((c) => c.scope === "incident");
  const contradicted = options.flagSideOutcomeDisagreements
    ? new Set(findSideOutcomeDisagreements(incidents).map((d) => `${d.side}|${d.outcome}`))
    : new Set<string>();

  const rows: EventEstimate[] = [];
  for (const side of [...new Set(incidents.map((c) => c.side))].sort()) {
    for (const outcome of OUTCOME_ORDER) {
      const rowClaims = incidents.filter((c) => c.side === side && c.outcome === outcome);
      const estimate = estimateEventSide(rowClaims, options);
      if (estimate === null) continue;
      rows.push({
        ...estimate,
        disputed: estimate.disputed || contradicted.has(`${side}|${outcome}`),
        eventKey: group.key,
        eventId: group.eventId,
        side,
        outcome,
        periodStart: group.periodStart,
        periodEnd: group.periodEnd,
        place: group.place,
        claimIds: rowClaims.map((c) => c.id),
      });
    }
  }
  return rows;
}
