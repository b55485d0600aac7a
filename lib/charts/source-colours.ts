// Colours for sources (outlets) in the uncertainty strips: Paul Tol's "muted"
// scheme, distinguishable for colour-blind readers, assigned in a stable order.
const PALETTE = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499", "#555555"];

export function sourceColours(sources: string[]): Record<string, string> {
  const sorted = [...new Set(sources)].sort((a, b) => a.localeCompare(b));
  return Object.fromEntries(sorted.map((s, i) => [s, PALETTE[i % PALETTE.length]]));
}
