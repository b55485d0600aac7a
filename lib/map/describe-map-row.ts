// The words a circle's tooltip says: where, when, whose dead, the estimate as
// low–best–high and how many claims stand behind it. Pure, for the page and tests.
import { formatPublished } from "@/lib/format/dates";

export type DescribedRow = {
  layer: string; place: string; sideLabel: string; periodStart: string | null; periodEnd: string | null;
  low: number; best: number; high: number; highOpen: boolean; events: number; claims: number;
};

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

/** "25 Jun 2015", "25 Jun 2015 – 27 Jul 2015", or "period unknown". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start) return "period unknown";
  const first = formatPublished(start, "day");
  return !end || end === start ? first : `${first} – ${formatPublished(end, "day")}`;
}

/** "low–best–high": "30–30–71+", one figure when all three agree. */
export function formatLowBestHigh(low: number, best: number, high: number, highOpen: boolean): string {
  if (low === best && best === high) return `${best.toLocaleString("en")}${highOpen ? "+" : ""}`;
  return `${low.toLocaleString("en")}–${best.toLocaleString("en")}–${high.toLocaleString("en")}${highOpen ? "+" : ""}`;
}

export function describeMapRow(row: DescribedRow, outcome: string): string {
  return [
    `${row.place} · ${row.sideLabel} · ${row.layer}`,
    formatPeriod(row.periodStart, row.periodEnd),
    `${outcome} (low–best–high): ${formatLowBestHigh(row.low, row.best, row.high, row.highOpen)}`,
    `${plural(row.events, "event")}, ${plural(row.claims, "claim")}`,
  ].join("\n");
}
