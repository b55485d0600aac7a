// The filters of a view in words a reader can quote under a chart, in a download and
// in a CSV's companion: "Killed · sides: Regime, IS · 2015-01-01 to 2015-12-31 ·
// outlets: SOHR". One place, used by the pages, the embeds, the PNG/SVG files and the
// CSV companion, so they never describe the same view differently.
import type { Bin, Filters } from "@/lib/filters/filter-schema";

/** What a view adds to the filters, where it has it (the charts' bin, scale, placement; a table's grouping). */
export type ViewSettings = {
  /** The one outcome a chart shows (charts show one; tables list the outcomes filtered for). */
  outcome?: string;
  bin?: Bin;
  scale?: "linear" | "log";
  placement?: "start" | "spread";
  by?: string;
};

const SCOPE_WORDS: Record<string, string> = { incident: "incidents", cumulative: "cumulative totals" };
const REVIEW_WORDS: Record<string, string> = { reviewed: "reviewed claims only", "needs-review": "claims needing review only" };
const BY_WORDS: Record<string, string> = { outlet: "by outlet", claimant: "by claimant", "month-place": "by month and place" };

const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** "sides: Regime, IS" (one value: "side: Regime"). */
function listed(singular: string, plural: string, values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return `${values.length === 1 ? singular : plural}: ${values.join(", ")}`;
}

function dateRange(from?: string, to?: string): string {
  if (from && to) return `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `to ${to}`;
  return "all dates";
}

/**
 * The parts of the description, in a fixed order: outcome, sides, places, dates,
 * outlets, claimants, scope, review state, convention, data sets, then the view's own
 * settings. Side keys are shown by the labels given (the profile's short labels).
 */
export function filtersInWordsParts(filters: Filters, view: ViewSettings = {}, sideLabels: Record<string, string> = {}): string[] {
  const outcomes = view.outcome ? [view.outcome] : filters.outcome;
  const parts = [
    outcomes.length ? capitalise(outcomes.join(", ")) : "All outcomes",
    listed("side", "sides", filters.side.map((k) => sideLabels[k] ?? k)),
    listed("place", "places", filters.place),
    dateRange(filters.from, filters.to),
    listed("outlet", "outlets", filters.outlet),
    listed("claimant", "claimants", filters.claimant),
    filters.scope.length ? `${filters.scope.map((s) => SCOPE_WORDS[s] ?? s).join(" and ")} only` : null,
    REVIEW_WORDS[filters.review] ?? null,
    filters.convention === "acled" ? "vague words by ACLED's convention" : null,
    listed("beside data set", "beside data sets", filters.dataset),
    view.by ? (BY_WORDS[view.by] ?? `by ${view.by}`) : null,
    view.bin ? `per ${view.bin}` : null,
    view.placement === "spread" ? "events spread over their periods" : null,
    view.scale === "log" ? "log scale" : null,
  ];
  return parts.filter((p): p is string => p !== null);
}

/** The description as one line, its parts joined by " · ". */
export function filtersInWords(filters: Filters, view: ViewSettings = {}, sideLabels: Record<string, string> = {}): string {
  return filtersInWordsParts(filters, view, sideLabels).join(" · ");
}
