import fs from "node:fs/promises";
import path from "node:path";

const REPORT_EXTENSIONS = new Set([".txt", ".md"]);

export type CollectedFiles = { files: string[]; missing: { file: string; reason: string }[] };

/** The report files named, and those inside the folders named (sorted, recursive). */
export async function collectReportFiles(paths: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: CollectedFiles["missing"] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (!stat) missing.push({ file: given, reason: "no such file or folder" });
    else if (stat.isDirectory()) files.push(...(await listReportFiles(given)));
    else files.push(given);
  }
  return { files, missing };
}

async function listReportFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listReportFiles(full)));
    else if (REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !/^readme\./i.test(entry.name)) found.push(full);
  }
  return found;
}
