// What a month's row says when its report count and its casualty figure are read
// together: the difference between no news and no deaths.
export type CoverageReading = "no-news" | "no-figure" | "reported-later" | null;

/** no-news: no report published; no-figure: reports, but none claimed the outcome; reported-later: counts claimed for it only in reports published after it. */
export function readCoverage(reports: number, hasFigures: boolean): CoverageReading {
  if (reports === 0) return hasFigures ? "reported-later" : "no-news";
  return hasFigures ? null : "no-figure";
}

export function coverageReadingText(reading: CoverageReading, outcome: string): string | null {
  if (reading === "no-news") return "no reports";
  if (reading === "no-figure") return `reports, none claimed ${outcome}`;
  if (reading === "reported-later") return "claimed in later reports";
  return null;
}
