"use client";
// The overview chart with its controls (bin, line or bars, scale), all in the URL, and
// what publishes it (downloads, link, embed code, citation: ChartFrame). The outcome is
// the filter bar's (one control for the chart, the cards and every other view).
import { BINS, type Bin } from "@/lib/claim-vocabulary";
import { useRouter, useSearchParams } from "next/navigation";
import { sideChartTitles } from "@/lib/charts/axis-titles";
import type { ChartRow } from "@/lib/charts/series-rows";
import { nextBin } from "@/lib/charts/fill-bins";
import { useUrlState } from "@/components/filters/use-url-state";
import { ChartFrame, type ChartPublication } from "./chart-frame";
import { DeathsChart, type ChartSide } from "./deaths-chart";
import { ScaleSwitch } from "./scale-switch";

type Props = {
  rows: ChartRow[];
  sides: ChartSide[];
  bin: Bin;
  mode: "line" | "bars";
  outcome: string;
  scale: "linear" | "log";
  publication: ChartPublication;
};

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function OverviewChart({ rows, sides, bin, mode, outcome, scale, publication }: Props) {
  const { update } = useUrlState();
  const router = useRouter();
  const params = useSearchParams();

  // Which claims fed a point: the claims list for the same filters and that bin.
  const openBin = (start: string) => {
    const next = new URLSearchParams(params.toString());
    for (const key of ["bin", "chart", "scale", "placement", "page", "from", "to"]) next.delete(key);
    next.set("from", start);
    next.set("to", dayBefore(nextBin(start, bin)));
    next.set("outcome", outcome);
    next.set("scope", "incident");
    router.push(`/claims?${next.toString()}`);
  };

  return (
    <section aria-labelledby="chart-heading" className="panel">
      <div className="panel-head">
        <h2 id="chart-heading">{publication.title}</h2>
        <div className="segmented" role="group" aria-label="Time bin">
          {BINS.map((b) => (
            <button key={b} type="button" aria-pressed={bin === b} onClick={() => update({ bin: b === "month" ? null : b }, { keepPage: true })}>
              {b[0].toUpperCase() + b.slice(1)}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label="Chart type">
          <button type="button" aria-pressed={mode === "line"} onClick={() => update({ chart: null }, { keepPage: true })}>Lines and ranges</button>
          <button type="button" aria-pressed={mode === "bars"} onClick={() => update({ chart: "bars" }, { keepPage: true })}>Stacked bars</button>
        </div>
        <ScaleSwitch scale={scale} />
      </div>
      {rows.length === 0 ? (
        <p className="empty">No dated {outcome} claims match these filters. Widen the dates or clear a filter.</p>
      ) : (
        <ChartFrame {...publication}>
          <DeathsChart rows={rows} sides={sides} mode={mode} bin={bin} scale={scale} titles={sideChartTitles(outcome, bin, mode, scale)} onBinClick={openBin} />
        </ChartFrame>
      )}
      <p className="muted small">
        Each event counts once: its low, best and high are summed per {bin}, by the start of the event&apos;s period.
        {mode === "line"
          ? " The points are the best estimates; the shaded block over each bin runs from low to high (a point alone is a single exact figure)."
          : " Bars stack the best estimates."}
      </p>
    </section>
  );
}
