// One event and side: the low-high band, and every claim as a point (an exact
// figure) or an interval (a range; an open-ended claim runs to the edge with an
// arrow). Server-rendered SVG: it draws what the query computed.
import { claimStripTitle } from "@/lib/charts/axis-titles";
import { formatCount } from "@/lib/format/counts";
import type { UncertaintyRow } from "@/lib/queries/get-uncertainty";

const W = 560;
const H_ROW = 14;
const PAD = 12;
const TITLE = 14;

export function IntervalStrip({ row, colours, outcome }: { row: UncertaintyRow; colours: Record<string, string>; outcome: string }) {
  const maxStated = Math.max(row.high ?? row.low, ...row.claims.map((c) => c.high ?? c.low), 1);
  const max = Math.ceil(maxStated * 1.15);
  const x = (v: number) => PAD + (v / max) * (W - 2 * PAD);
  const height = PAD * 2 + H_ROW * row.claims.length + 10;
  return (
    <svg viewBox={`0 0 ${W} ${height + TITLE}`} width="100%" data-export-chart role="img" aria-label={`Claims from ${row.low} to ${row.high ?? row.low}${row.highOpen ? " or more" : ""}`} className="interval-strip">
      <rect x={x(row.low)} y={4} width={Math.max(2, x(row.high ?? row.low) - x(row.low))} height={height - 8} fill="#0b5cad" opacity={0.1} />
      <line x1={PAD} x2={W - PAD} y1={height - 6} y2={height - 6} stroke="#9aa4ab" />
      {[0, Math.round(max / 2), max].map((t) => (
        <text key={t} x={x(t)} y={height - 8} fontSize={9} textAnchor="middle" fill="#5b6670">{t}</text>
      ))}
      <text x={PAD} y={height + TITLE - 4} fontSize={9} fill="#3d4650" className="axis-title" data-axis="x">{claimStripTitle(outcome)}</text>
      {row.claims.map((c, i) => {
        const y = PAD + i * H_ROW;
        const colour = colours[c.outlet] ?? "#555";
        const open = c.high === null;
        const end = open ? W - PAD : x(c.high!);
        return (
          <g key={c.claimId}>
            <title>{`${c.outlet} (${c.claimant}): ${c.numberText} → ${formatCount(c)}`}</title>
            {(open || c.high !== c.low) && <line x1={x(c.low)} x2={end} y1={y} y2={y} stroke={colour} strokeWidth={3} strokeDasharray={open ? "4 3" : undefined} />}
            {open && <path d={`M ${end - 6} ${y - 4} L ${end} ${y} L ${end - 6} ${y + 4}`} fill="none" stroke={colour} strokeWidth={2} />}
            <circle cx={x(c.point)} cy={y} r={4.5} fill={colour} stroke="#fff" />
          </g>
        );
      })}
    </svg>
  );
}
