// One text for what each source said in the comparison, the same on screen and in
// the CSV: "≥30", "71", "≥40 (Scores)"; a row's sources together read
// "SOHR ≥30 · Rudaw ≥30 · ARA News 71".
import { formatCount, type CountLike } from "./counts";

export type SourceFigure = CountLike & { numberText: string };

export const FIGURE_SEPARATOR = " · ";

/** The count, and for a vague word the word as the report wrote it, so the convention behind the number stays visible. */
export function formatSourceFigure(f: SourceFigure): string {
  const count = formatCount(f);
  return f.qualifier === "vague" ? `${count} (${f.numberText.trim().replace(/\s+of$/i, "")})` : count;
}

/** A row's sources from the lowest figure to the highest (an open top last among equals), then by name: the cell reads like the low–high range beside it. */
export function orderSourceFigures<T extends SourceFigure>(cells: Record<string, T>): [string, T][] {
  const top = (f: T) => f.high ?? Number.POSITIVE_INFINITY;
  return Object.entries(cells).sort(([a, x], [b, y]) => x.low - y.low || top(x) - top(y) || a.localeCompare(b));
}

/** "SOHR ≥30 · ARA News 71": every source of a row with its figure, in the order the screen shows them. */
export function formatSourceFigures<T extends SourceFigure>(cells: Record<string, T>): string {
  return orderSourceFigures(cells).map(([source, f]) => `${source} ${formatSourceFigure(f)}`).join(FIGURE_SEPARATOR);
}
