"use client";
// The news claims (all sides together) beside curated data sets over time: each a
// line for best with its low-high band, so a reader sees where the media ran above
// or below the coders' count.
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { bandKey, bestKey, type ChartRow } from "@/lib/charts/series-rows";
import type { OverlaySeries } from "@/lib/charts/overlay-rows";
import { formatBin } from "@/lib/format/dates";

type Props = { rows: ChartRow[]; series: OverlaySeries[]; bin: "day" | "week" | "month" };

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

export function OverlayChart({ rows, series, bin }: Props) {
  return (
    <div className="chart-box" data-testid="overlay-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6e8" />
          <XAxis dataKey="bin" tick={{ fontSize: 12 }} minTickGap={16} tickFormatter={(v: string) => formatBin(v, bin)} />
          <YAxis tick={{ fontSize: 12 }} allowDecimals={false} width={56} />
          <Tooltip content={<TooltipBody series={series} bin={bin} />} />
          <Legend />
          {series.flatMap((s) => [
            ...(s.banded
              ? [<Area key={`${s.key}-band`} type="linear" dataKey={bandKey(s.key)} stroke="none" fill={s.colour} fillOpacity={0.15} legendType="none" isAnimationActive={false} connectNulls={false} />]
              : []),
            <Line key={s.key} type="linear" dataKey={bestKey(s.key)} name={s.label} stroke={s.colour} strokeWidth={2} strokeDasharray={s.key === "news" ? undefined : "6 3"} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />,
          ])}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
