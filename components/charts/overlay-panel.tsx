"use client";
// The panel that sets data sets beside the news claims: its notes, the switch
// between placing events by their start or spreading them, and the chart.
import type { Bin } from "@/lib/claim-vocabulary";
import { useUrlState } from "@/components/filters/use-url-state";
import { overlayChartTitles } from "@/lib/charts/axis-titles";
import { overlaySeries, toOverlayRows } from "@/lib/charts/overlay-rows";
import type { DatasetSeries, TotalPoint } from "@/lib/charts/overlay-series-types";
import { ChartFrame, type ChartPublication } from "./chart-frame";
import { OverlayChart } from "./overlay-chart";
import { ScaleSwitch } from "./scale-switch";

type Props = {
  news: TotalPoint[];
  datasets: DatasetSeries[];
  /** The bins of the per-side chart above: both charts span the same time. */
  bins: string[];
  bin: Bin;
  outcome: string;
  placement: "start" | "spread";
  sidesPicked: boolean;
  scale: "linear" | "log";
  publication: ChartPublication;
};

export function OverlayPanel({ news, datasets, bins, bin, outcome, placement, sidesPicked, scale, publication }: Props) {
  const { update } = useUrlState();
  return (
    <section aria-labelledby="overlay-heading" className="panel">
      <div className="panel-head">
        <h2 id="overlay-heading">{publication.title}</h2>
        <div className="segmented" role="group" aria-label="Events over several periods">
          <button type="button" aria-pressed={placement === "start"} onClick={() => update({ placement: null }, { keepPage: true })}>By start of period</button>
          <button type="button" aria-pressed={placement === "spread"} onClick={() => update({ placement: "spread" }, { keepPage: true })}>Spread over the period</button>
        </div>
        <ScaleSwitch scale={scale} />
        <p className="muted small">
          All sides together{sidesPicked ? " (the sides picked)" : ""}, per {bin}: each line is the best estimate, the band its low–high range (a data
          set&apos;s range is its published low and high).{" "}
          {placement === "start"
            ? `Events are placed in the ${bin} where their period starts.`
            : `An event that runs over several ${bin}s is shared among them by its days (a year-long event puts 31/366 of its count in January); sums are rounded per ${bin}.`}
        </p>
      </div>
      {datasets.map((d) => d.note && <p key={d.name} className="muted small">{d.note}</p>)}
      <ChartFrame {...publication}>
        <OverlayChart rows={toOverlayRows(news, datasets, bin, bins)} series={overlaySeries(datasets)} bin={bin} scale={scale} titles={overlayChartTitles(outcome, bin, placement, scale)} />
      </ChartFrame>
    </section>
  );
}
