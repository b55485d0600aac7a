// The benchmark's ingest copies (lib/bench/measure-ingest.ts): each copy of a corpus
// report is a new text on a new day, so the copies do not pile into the same events.
import { describe, expect, it } from "vitest";
import { benchCopy } from "@/lib/bench/measure-ingest";
import type { ParsedReport } from "@/lib/reports/parse-report-file";

const report = (published: string | null): ParsedReport =>
  ({ title: "t", outlet: "SOHR", url: null, published, publishedPrecision: published ? (published.length === 7 ? "month" : "day") : "unknown", text: "Ten soldiers were killed on Thursday." }) as ParsedReport;

describe("benchCopy", () => {
  const run = Date.UTC(2026, 11, 2, 3, 4, 5);

  it("moves a copy's publication day back, to a different day for each of a run's copies", () => {
    const days = Array.from({ length: 1000 }, (_, i) => benchCopy(report("2016-06-10"), i, run).published!);
    expect(new Set(days).size).toBe(1000);
    for (const day of days) {
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(day < "2016-06-10").toBe(true);
      expect(day >= "2013-06-10").toBe(true);
    }
  });

  it("gives each copy its own text, the report's own text first", () => {
    const texts = new Set(Array.from({ length: 100 }, (_, i) => benchCopy(report("2016-06-10"), i, run).text));
    expect(texts.size).toBe(100);
    for (const text of texts) expect(text.startsWith("Ten soldiers were killed on Thursday.\n\nBenchmark copy ")).toBe(true);
  });

  it("keeps a month-precision date a month, moved back by whole months, and an unknown date unknown", () => {
    const months = Array.from({ length: 36 }, (_, i) => benchCopy(report("2016-06"), i, run).published!);
    expect(new Set(months).size).toBe(36);
    for (const month of months) {
      expect(month).toMatch(/^\d{4}-\d{2}$/);
      expect(month < "2016-06" && month >= "2013-06").toBe(true);
    }
    expect(benchCopy(report(null), 5, run).published).toBeNull();
  });

  it("starts another run on other days", () => {
    const a = benchCopy(report("2016-06-10"), 0, run).published;
    const b = benchCopy(report("2016-06-10"), 0, run + 60_000).published;
    expect(a).not.toBe(b);
  });
});
