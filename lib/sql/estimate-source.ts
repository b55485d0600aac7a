// Which table answers a view of estimates, decided here once for every reader:
// - "claims": outlet, claimant and review filters keep some claims of an event,
//   which changes the estimate itself: it is computed from those claims on the fly,
//   unless they pick exactly one outlet or one claimant and nothing else by claim
//   (lib/sql/source-estimates.ts): that source's estimates are kept on write, and the
//   two choices below read its rows (source_event_estimates, source_daily_estimates).
// - "event_estimates" (and event_totals for all sides): the other filters keep
//   whole events; one row per event, side and outcome, kept current on write.
// - "daily_estimates": the per-day sums of event_estimates by the day an event
//   starts. The table has no place: a place goes to event_estimates. A date range it
//   answers, with the few incidents begun before `from` that run into it read beside
//   the days (lib/sql/daily-sums-cte.ts).
import "server-only";
import type { Filters } from "@/lib/filters/filter-schema";
import { singleSource } from "./source-estimates";

export type EstimateSource = "claims" | "event_estimates" | "daily_estimates";

export function estimateSource(filters: Filters): EstimateSource {
  if ((filters.outlet.length || filters.claimant.length || filters.review !== "all") && !singleSource(filters)) return "claims";
  if (filters.place.length) return "event_estimates";
  return "daily_estimates";
}

/** All sides of an event come from event_totals unless sides are picked or the estimates are one source's or made on the fly. */
export function readsEventTotals(filters: Filters): boolean {
  return estimateSource(filters) !== "claims" && filters.side.length === 0 && !singleSource(filters);
}

/**
 * The month x place comparison reads month_place_estimates (incident sums per month
 * of the event's start, place and side) when the filters keep whole events and no
 * date bounds them: a month cannot say which of its events overlap a `from` or `to`
 * day, so a date range reads event_estimates as before.
 */
export function readsMonthPlaceSums(filters: Filters): boolean {
  const incident = filters.scope.length === 0 || filters.scope.includes("incident");
  return estimateSource(filters) !== "claims" && !filters.from && !filters.to && incident;
}
