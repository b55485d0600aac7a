// The titles of the charts and views, as a reader would quote them: on the page, in a
// downloaded chart, in an embed and in a CSV's companion.

export function sideChartTitle(outcome: string, bin: string): string {
  return `Reported ${outcome} per ${bin}, by side`;
}

export function overlayChartTitle(outcome: string, bin: string, datasets: readonly string[]): string {
  return `News claims beside ${datasets.join(", ")}: ${outcome} per ${bin}, all sides`;
}

/** The CSV downloads, by endpoint name: what the file holds and the page that shows it. */
export const CSV_VIEWS = {
  timeseries: { page: "/", title: "Reported casualties per time bin and side (the overview's chart)" },
  comparison: { page: "/compare", title: "Compare sources: each event and side, with every source's figure" },
  uncertainty: { page: "/uncertainty", title: "Uncertainty across claims: each event and side with its claims" },
  claims: { page: "/claims", title: "Casualty claims, each with its quote" },
  reports: { page: "/reports", title: "Reports stored, with their claim counts" },
  breakdown: { page: "/datasets", title: "A data set's rows summed by one of its fields, as published" },
} as const;

export type CsvView = keyof typeof CSV_VIEWS;
