// Describes a set of claims as one event: the period that covers them all and the place they share.

import { toPlaceKey } from "./name-key";
import type { ClaimInput, EventGroup, Scope } from "./types";

type GroupIdentity = { key: string; eventId: number | null; isPinned: boolean };

export function toEventGroup(identity: GroupIdentity, members: readonly ClaimInput[]): EventGroup {
  const byId = [...members].sort((a, b) => a.id - b.id);
  const starts = byId.map((c) => c.periodStart ?? c.periodEnd).filter(isDay);
  const ends = byId.map((c) => c.periodEnd ?? c.periodStart).filter(isDay);
  // ISO days sort as strings.
  const periodStart = starts.length > 0 ? starts.reduce((a, b) => (b < a ? b : a)) : null;
  const periodEnd = ends.length > 0 ? ends.reduce((a, b) => (b > a ? b : a)) : null;
  return {
    ...identity,
    scope: groupScope(byId),
    undated: periodStart === null,
    claimIds: byId.map((c) => c.id),
    periodStart,
    periodEnd,
    place: sharedPlace(byId),
  };
}

function isDay(day: string | null): day is string {
  return day !== null;
}

/** An event is an incident as soon as one member is: cumulative members never add to it anyway. */
function groupScope(members: readonly ClaimInput[]): Scope {
  return members.some((c) => c.scope === "incident") ? "incident" : "cumulative";
}

/** The place every placed member names (spelled as the lowest claim id spells it), else null. */
function sharedPlace(membersById: readonly ClaimInput[]): string | null {
  const placed = membersById.filter((c) => toPlaceKey(c.place) !== null);
  const keys = new Set(placed.map((c) => toPlaceKey(c.place)));
  return keys.size === 1 ? placed[0].place!.trim() : null;
}

/** Events in reading order: dated first by start, then by their lowest claim id. */
export function compareEventGroups(a: EventGroup, b: EventGroup): number {
  if (a.periodStart !== b.periodStart) {
    if (a.periodStart === null) return 1;
    if (b.periodStart === null) return -1;
    return a.periodStart < b.periodStart ? -1 : 1;
  }
  return (a.claimIds[0] ?? 0) - (b.claimIds[0] ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
