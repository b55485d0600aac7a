// How the extractor's measured figures are written on the pages: F1 with three
// decimals, shares as percentages with one.
export function formatF1(x: number): string {
  return x.toFixed(3);
}

export function formatShare(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
