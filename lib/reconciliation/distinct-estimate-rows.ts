// Sums must never count an event twice, even when a caller passes the same row twice.

import type { EventEstimate } from "./types";

/** One row per event x side x outcome, the first seen kept; input order otherwise unchanged. */
export function distinctEstimateRows(rows: readonly EventEstimate[]): EventEstimate[] {
  const seen = new Map<string, EventEstimate>();
  for (const row of rows) {
    const key = `${row.eventKey}|${row.side}|${row.outcome}`;
    if (!seen.has(key)) seen.set(key, row);
  }
  return [...seen.values()];
}
