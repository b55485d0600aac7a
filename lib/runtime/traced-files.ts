// The production build lists, per route, the files its server code may read
// (`.next/server/**/*.nft.json`). A path the bundler cannot see through makes it trace a
// whole directory: the embedded PostgreSQL's data directory among them would be read into
// the build's memory (a 10M-claim database made `next build` run out of 24 GB).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Files the build traced that lie inside `dir` (both absolute), each once. */
export function tracedFilesInside(nextDir: string, dir: string): string[] {
  const inside = new Set<string>();
  const prefix = path.resolve(dir) + path.sep;
  for (const entry of readdirSync(path.join(nextDir, "server"), { recursive: true, encoding: "utf8" })) {
    if (!entry.endsWith(".nft.json")) continue;
    const traceFile = path.join(nextDir, "server", entry);
    const { files } = JSON.parse(readFileSync(traceFile, "utf8")) as { files: string[] };
    for (const file of files) {
      const absolute = path.resolve(path.dirname(traceFile), file);
      if (absolute.startsWith(prefix)) inside.add(absolute);
    }
  }
  return [...inside].sort();
}
