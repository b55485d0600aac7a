// Reconciliation: claims -> events -> low/best/high. Pure: no database, no I/O.

export type * from "./types";
export { groupClaimsIntoEvents, isPinnedClaim, DEFAULT_ADJACENT_DAYS } from "./group-claims-into-events";
export { estimateEventSide, isDisputedRange, lowerMedian, statedFigure } from "./estimate-event-side";
export { keepLatestStatementPerClaimant } from "./keep-latest-statement";
export { explainEstimate, type EstimateExplanation } from "./explain-estimate";
export { findSideOutcomeDisagreements, type SideOutcomeDisagreement } from "./find-side-outcome-disagreements";
export { estimateEvents } from "./estimate-events";
export {
  compareCumulative,
  type CumulativeComparison,
  type CumulativeVerdict,
  type IncidentTotal,
} from "./compare-cumulative";
export {
  buildTimeSeries,
  binStart,
  type TimeBin,
  type TimeSeries,
  type TimeSeriesOptions,
  type TimeSeriesPoint,
} from "./build-time-series";
export {
  findEventToJoin,
  isSamePeriod,
  cumulativeSlack,
  widenSpan,
  SAME_CUMULATIVE_PERIOD_SHARE,
  type ClaimToJoin,
  type JoinableEvent,
} from "./find-event-to-join";
export { fromDayNumber, toDaySpan, type DaySpan } from "./days";
export { toPlaceKey } from "./name-key";
