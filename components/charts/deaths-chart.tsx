"use client";
// Reported counts per side over time: best as a line of points, each bin's low-high
// band a shaded block over the whole bin (a step, not a wedge into the next bin), or
// stacked bars of best. Draws what lib/ computed; a click on a bin opens the claims
// behind it.
import type { Bin } from "@/lib/claim-vocabulary";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { AxisTitles } from "@/lib/charts/axis-titles";
import { countAxis, largestCount } from "@/lib/charts/log-axis";
import { bandKey, bestKey, openKey, type ChartRow } from "@/lib/charts/series-rows";
import { formatBin } from "@/lib/format/dates";

const formatTick = (v: number) => v.toLocaleString("en");
import { TOP_MARGIN, X_AXIS_HEIGHT, xAxisTitle, yAxisTitle } from "./axis-titles";
import { bandAxes, bandAxisId } from "./band-axes";

export type ChartSide = { key: string; label: string; colour: string };

type Props = {
  rows: ChartRow[];
  sides: ChartSide[];
  mode: "line" | "bars";
  bin: Bin;
  titles: AxisTitles;
  scale?: "linear" | "log";
  onBinClick?: (bin: string) => void;
};

function TooltipBody({ active, label, payload, sides, bin, clickable }: { active?: boolean; label?: string; payload?: { payload: ChartRow }[]; sides: ChartSide[]; bin: Props["bin"]; clickable: boolean }) {
  if (!active || !payload?.length) return null;
  const row = payload[0].payload;
  return (
    <div className="chart-tooltip">
      <strong>{label ? `${bin === "week" ? "Week of " : ""}${formatBin(label, bin)}` : null}</strong>
      {sides.map((s) => {
        const band = row[bandKey(s.key)] as [number, number] | null;
        if (row[bestKey(s.key)] === null || row[bestKey(s.key)] === undefined) return null;
        return (
          <div key={s.key}>
            <span className="swatch" style={{ background: s.colour }} /> {s.label}: best {String(row[bestKey(s.key)])}
            {band && ` (${band[0]}–${band[1]}${row[openKey(s.key)] ? "+" : ""})`}
          </div>
        );
      })}
      {clickable && <div className="muted">Click to see the claims</div>}
    </div>
  );
}

export function DeathsChart({ rows, sides, mode, bin, titles, scale = "linear", onBinClick }: Props) {
  const keys = sides.map((s) => s.key);
  const axis = countAxis(scale, largestCount(rows, keys.map(bestKey), mode === "line" ? keys.map(bandKey) : [], mode === "bars"));
  return (
    <div className="chart-box" data-testid="deaths-chart" data-scale={scale} data-first-bin={rows[0]?.bin} data-last-bin={rows[rows.length - 1]?.bin}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          barCategoryGap={mode === "line" ? 0 : "10%"}
          margin={{ top: TOP_MARGIN, right: 16, bottom: 4, left: 0 }}
          onClick={(state) => {
            const label = (state as { activeLabel?: string } | null)?.activeLabel;
            if (label && onBinClick) onBinClick(String(label));
          }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6e8" />
          <XAxis dataKey="bin" tick={{ fontSize: 12 }} minTickGap={16} interval="preserveStartEnd" height={X_AXIS_HEIGHT} tickFormatter={(v: string) => formatBin(v, bin)}>
            {xAxisTitle(titles)}
          </XAxis>
          {mode === "line" && bandAxes(sides.map((s) => s.key))}
          <YAxis tick={{ fontSize: 12 }} allowDecimals={false} width={48} scale={axis.scale} domain={axis.domain} ticks={axis.ticks} tickFormatter={formatTick}>
            {yAxisTitle(titles)}
          </YAxis>
          <Tooltip content={<TooltipBody sides={sides} bin={bin} clickable={Boolean(onBinClick)} />} />
          <Legend />
          {mode === "line"
            ? sides.flatMap((s) => [
                <Bar key={`${s.key}-band`} xAxisId={bandAxisId(s.key)} dataKey={bandKey(s.key)} fill={s.colour} fillOpacity={0.18} legendType="none" isAnimationActive={false} />,
                <Line key={s.key} type="linear" dataKey={bestKey(s.key)} name={s.label} stroke={s.colour} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />,
              ])
            : sides.map((s) => <Bar key={s.key} dataKey={bestKey(s.key)} name={s.label} stackId="best" fill={s.colour} isAnimationActive={false} />)}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
