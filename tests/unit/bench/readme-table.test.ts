import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { benchTableIn, renderBenchTable, TABLE_END, TABLE_START, withBenchTable } from "@/lib/bench/readme-table";
import { readResults, RESULTS_FILE, withRun, type BenchRun } from "@/lib/bench/results-file";
import type { FigureRow } from "@/lib/bench/targets";

function run(claims: number, figures: FigureRow[]): BenchRun {
  return { measuredAt: "2026-12-01T12:00:00.000Z", quick: false, database: { claims, reports: claims / 10 }, serverStartSeconds: 12, figures, raw: {} };
}
const p95 = (key: string, value: number, result: "PASS" | "MISS" = "PASS"): FigureRow => ({ key, figure: `${key}: p50 / p95`, value: `${value} ms`, target: "p95 <= 100 ms", result, p95Ms: value });

describe("the README's benchmark table", () => {
  it("is the table generated from bench/results.json, not typed by hand", () => {
    const root = process.cwd();
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(benchTableIn(readme)).toBe(renderBenchTable(readResults(path.join(root, RESULTS_FILE))));
  });

  it("puts each size in its own column and holds each view's p95 growth to 2x", () => {
    const table = renderBenchTable({
      runs: [run(1e6, [p95("a", 50), p95("b", 40), p95("only-small", 10)]), run(1e7, [p95("a", 90), p95("b", 120, "MISS")])],
    });
    expect(table).toContain("| figure | target | 1M claims |  | 10M claims |  |");
    const rowA = table.split("\n").find((l) => l.startsWith("| a: "))!;
    expect(rowA).toContain("| 50 ms | met | 90 ms | met | 1.80× met |");
    const rowB = table.split("\n").find((l) => l.startsWith("| b: "))!;
    expect(rowB).toContain("| 120 ms | **missed** | 3.00× **missed** |");
    // A figure measured at one size only is shown, with a dash for the other.
    expect(table.split("\n").find((l) => l.startsWith("| only-small"))).toContain("| 10 ms | met | — |  |");
  });

  it("keeps one run per size, the newest, ordered by size", () => {
    const file = withRun(withRun(withRun({ runs: [] }, run(1e7, [])), run(1e6, [p95("a", 1)])), run(1e6, [p95("a", 2)]));
    expect(file.runs.map((r) => [r.database.claims, r.figures[0]?.value])).toEqual([
      [1e6, "2 ms"],
      [1e7, undefined],
    ]);
  });

  it("files a data set grown by the benchmark's own ingests under its size: 1,007,509 claims replace the 1M run", () => {
    const file = withRun(withRun({ runs: [] }, run(1e6, [p95("a", 1)])), run(1_007_509, [p95("a", 2)]));
    expect(file.runs.map((r) => [r.database.claims, r.figures[0]?.value])).toEqual([[1_007_509, "2 ms"]]);
    expect(renderBenchTable(file)).toContain("1M claims");
    expect(renderBenchTable(file)).not.toContain("1,007,509 claims");
  });

  it("replaces only the generated block, and refuses a README without one", () => {
    const readme = `# Title\n\nbefore\n${TABLE_START}\nold table\n${TABLE_END}\nafter\n`;
    const next = withBenchTable(readme, "new table");
    expect(next).toBe(`# Title\n\nbefore\n${TABLE_START}\nnew table\n${TABLE_END}\nafter\n`);
    expect(withBenchTable(next, "new table")).toBe(next);
    expect(() => withBenchTable("# no block", "t")).toThrow(/no .* block/);
  });

  it("escapes a pipe inside a cell so the row keeps its columns", () => {
    const table = renderBenchTable({ runs: [run(1e6, [{ key: "x", figure: "a | b", value: "1", target: "", result: "" }])] });
    expect(table).toContain("| a \\| b |  | 1 |");
  });
});
