// What `npm run ingest` says last and how it exits: 0 when every file was stored or
// was already stored (a re-run is not a failure), 1 when any file was refused or
// nothing was found to read, so a script can tell that reports did not go in.
import type { IngestSummary } from "./ingest-report-files";

export type IngestVerdict = { line: string | null; exitCode: 0 | 1 };

export function ingestVerdict({ created, duplicates, failed }: IngestSummary): IngestVerdict {
  const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;
  if (failed.length > 0 && created.length === 0 && duplicates.length === 0) {
    return { line: `Nothing was stored: every file was refused (${files(failed.length)}, each named above with the reason).`, exitCode: 1 };
  }
  if (failed.length > 0) return { line: `${files(failed.length)} refused (named above); the others were stored or already stored.`, exitCode: 1 };
  if (created.length === 0 && duplicates.length === 0) return { line: "Nothing was stored: no report files (.txt or .md) were found in the paths given.", exitCode: 1 };
  if (created.length === 0) return { line: `Nothing new: all ${files(duplicates.length)} were already stored.`, exitCode: 0 };
  return { line: null, exitCode: 0 };
}
