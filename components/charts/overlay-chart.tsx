"use client";
// The news claims (all sides together) beside curated data sets over time: each a
// line for best with its low-high band as a block over each bin, so a reader sees
// where the media ran above or below the coders' count.
import type { Bin } from "@/lib/claim-vocabulary";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { AxisTitles } from "@/lib/charts/axis-titles";
import { countAxis, largestCount } from "@/lib/charts/log-axis";
import { bandKey, bestKey, type ChartRow } from "@/lib/charts/series-rows";
import type { OverlaySeries } from "@/lib/charts/overlay-rows";
import { formatBin } from "@/lib/format/dates";
import { TOP_MARGIN, X_AXIS_HEIGHT, xAxisTitle, yAxisTitle } from "./axis-titles";
import { bandAxes, bandAxisId } from "./band-axes";

type Props = { rows: ChartRow[]; series: OverlaySeries[]; bin: Bin; titles: AxisTitles; scale?: "linear" | "log" };

const formatTick = (v: number) => v.toLocaleString("en");

function TooltipBody({ active, label, payload, series, bin }: { active?: boolean; label?: string; payload?: { payload: ChartRow }[]; series: OverlaySeries[]; bin: Props["bin"] }) {
  if (!active || !payload?.length) return null;
  const row = payload[0].payload;
  return (
    <div className="chart-tooltip">
      <strong>{label ? formatBin(label, bin) : null}</strong>
      {series.map((s) => {
        const best = row[bestKey(s.key)];
        const band = row[bandKey(s.key)] as [number, number] | null;
        return (
          <div key={s.key}>
            <span className="swatch" style={{ background: s.colour }} /> {s.label}: {best === null || best === undefined ? "nothing recorded" : `best ${best}`}
            {band && s.banded && band[0] !== band[1] && ` (${band[0]}–${band[1]})`}
          </div>
        );
      })}
    </div>
  );
}

export function OverlayChart({ rows, series, bin, titles, scale = "linear" }: Props) {
  const banded = series.filter((s) => s.banded);
  const axis = countAxis(scale, largestCount(rows, series.map((s) => bestKey(s.key)), banded.map((s) => bandKey(s.key))));
  return (
    <div className="chart-box" data-testid="overlay-chart" data-scale={scale} data-first-bin={rows[0]?.bin} data-last-bin={rows[rows.length - 1]?.bin}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} barCategoryGap={0} margin={{ top: TOP_MARGIN, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6e8" />
          <XAxis dataKey="bin" tick={{ fontSize: 12 }} minTickGap={16} interval="preserveStartEnd" height={X_AXIS_HEIGHT} tickFormatter={(v: string) => formatBin(v, bin)}>
            {xAxisTitle(titles)}
          </XAxis>
          {bandAxes(banded.map((s) => s.key))}
          <YAxis tick={{ fontSize: 12 }} allowDecimals={false} width={56} scale={axis.scale} domain={axis.domain} ticks={axis.ticks} tickFormatter={formatTick}>
            {yAxisTitle(titles)}
          </YAxis>
          <Tooltip content={<TooltipBody series={series} bin={bin} />} />
          <Legend />
          {series.flatMap((s) => [
            ...(s.banded
              ? [<Bar key={`${s.key}-band`} xAxisId={bandAxisId(s.key)} dataKey={bandKey(s.key)} fill={s.colour} fillOpacity={0.15} legendType="none" isAnimationActive={false} />]
              : []),
            <Line key={s.key} type="linear" dataKey={bestKey(s.key)} name={s.label} stroke={s.colour} strokeWidth={2} strokeDasharray={s.key === "news" ? undefined : "6 3"} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />,
          ])}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
