// The axis titles of the time charts, in words a reader can quote: what is counted,
// per which bin, which estimate the mark is, and where an event is placed in time.
import type { Bin } from "@/lib/filters/filter-schema";
import type { Placement, Scale } from "@/lib/schemas/view-queries";

export type AxisTitles = { x: string; y: string };

const BIN_NAME: Record<Bin, string> = { day: "day", week: "week from Monday", month: "month" };

function xTitle(bin: Bin, placement: Placement): string {
  return placement === "start" ? `${BIN_NAME[bin]} (period start)` : `${BIN_NAME[bin]} (each event spread over its days)`;
}

// A log axis says so in its title, and that 0 sits on the baseline (lib/charts/log-axis.ts).
const scaleNote = (scale: Scale) => (scale === "log" ? " (log scale, 0 on the baseline)" : "");

/** The per-side chart: events always sit in the bin where their period starts. */
export function sideChartTitles(outcome: string, bin: Bin, mode: "line" | "bars", scale: Scale = "linear"): AxisTitles {
  const y = mode === "line" ? `reported ${outcome} per ${bin}, best estimate; band: low–high` : `reported ${outcome} per ${bin}, best estimate, stacked by side`;
  return { x: xTitle(bin, "start"), y: y + scaleNote(scale) };
}

/** The overlay: all sides together, news beside the data sets, placed as the page's switch says. */
export function overlayChartTitles(outcome: string, bin: Bin, placement: Placement, scale: Scale = "linear"): AxisTitles {
  return { x: xTitle(bin, placement), y: `${outcome} per ${bin}, all sides, best estimate; band: low–high${scaleNote(scale)}` };
}

/** The count axis of an event's claims strip on /uncertainty. */
export function claimStripTitle(outcome: string): string {
  return `reported ${outcome}, this event and side: each claim a point (exact) or a line (range); band: low–high`;
}
