// One formatter for a claimed count, the same on screen, in charts and in CSV.

export type CountLike = { low: number; high: number | null; qualifier: string };

/** "10", "≥30", "≤70", "~50", "10–15"; an open top is always marked. */
export function formatCount({ low, high, qualifier }: CountLike): string {
  if (high === null) return `≥${low}`;
  if (qualifier === "at_most") return `≤${high}`;
  if (qualifier === "about") return `~${low === high ? low : `${low}–${high}`}`;
  if (low === high) return String(low);
  return `${low}–${high}`;
}

/** An estimate's range: "30–71+" where the top comes from an open-ended claim, "12" when low = high. */
export function formatRange(low: number, high: number | null, highOpen: boolean): string {
  if (high === null) return `${low}+`;
  const top = `${high}${highOpen ? "+" : ""}`;
  return low === high ? top : `${low}–${top}`;
}
