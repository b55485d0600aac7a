// Regenerates the README's benchmark table from bench/results.json.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderBenchTable, withBenchTable } from "./readme-table";
import { readResults, RESULTS_FILE } from "./results-file";

/** Rewrites README.md's generated block in `root`; returns a line for the log. */
export function updateReadmeTable(root: string): string {
  const readmeFile = path.join(root, "README.md");
  const table = renderBenchTable(readResults(path.join(root, RESULTS_FILE)));
  const before = readFileSync(readmeFile, "utf8");
  const after = withBenchTable(before, table);
  if (after === before) return "README.md's benchmark table is already up to date.";
  writeFileSync(readmeFile, after);
  return "Regenerated README.md's benchmark table from bench/results.json.";
}
