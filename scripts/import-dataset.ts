// npm run import:dataset -- FILE [--name "UCDP GED 19.1"] [--country Syria|all]
// npm run import:dataset -- --remove "UCDP GED 19.1"
// Imports a curated event data set (UCDP GED in its 41-, 49- or 14-column layout, or
// an ACLED export): the layout is read from the header; the summary lists malformed
// rows by line, actor names no side knows, and rows already imported.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { provisionDatabase } from "@/lib/db/provision";
import { DatasetFormatError } from "@/lib/datasets/layouts";
import { ConfigError, readEnv } from "@/lib/env";
import { ApiError } from "@/lib/http/api-error";
import { importDataset, type DatasetImportSummary } from "@/lib/mutations/import-dataset";
import { removeDataset } from "@/lib/mutations/remove-dataset";
import { datasetCountry, getProfile } from "@/lib/profiles";
import { Progress } from "@/lib/runtime/progress";
import { runMain } from "@/lib/runtime/run-main";

const USAGE = 'Usage: npm run import:dataset -- FILE [--name "UCDP GED 19.1"] [--country NAME|all], or -- --remove "UCDP GED 19.1"';
const MAX_BYTES = 200 * 1024 * 1024;

const optionsSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  country: z.string().trim().min(1).max(100).optional(),
  remove: z.string().trim().min(1).max(200).optional(),
});

function printSummary(s: DatasetImportSummary): void {
  const n = (v: number) => v.toLocaleString("en");
  console.log(`${s.dataset} (${s.layoutLabel}) from ${s.file}`);
  console.log(`  ${n(s.rowsRead)} rows read: ${n(s.imported)} imported (${n(s.claims)} claims), ${n(s.alreadyImported)} already imported, ` +
    `${n(s.outsideCountry)} outside ${s.country ?? "any country"}, ${n(s.malformed.length)} malformed.`);
  console.log(`  Places: ${n(s.placed.byName)} by name, ${n(s.placed.byCoordinates)} by coordinates, ${n(s.placed.byAdmin)} by province, ${n(s.placed.unplaced)} not a profile place.`);
  if (s.lowAboveBest || s.bestAboveHigh) console.log(`  Kept as published and flagged: ${n(s.lowAboveBest)} rows with low > best, ${n(s.bestAboveHigh)} with best > high.`);
  for (const m of s.malformed.slice(0, 50)) console.log(`  line ${m.line}: ${m.reason}`);
  if (s.malformed.length > 50) console.log(`  ... and ${s.malformed.length - 50} more malformed rows.`);
  if (s.unmappedActors.length) {
    console.log(`  Actor names no side of the profile knows (each is a side of its own now; add aliases to the profile to map them):`);
    for (const a of s.unmappedActors.slice(0, 40)) console.log(`    ${String(a.rows).padStart(6)}  ${a.name}`);
    if (s.unmappedActors.length > 40) console.log(`    ... and ${s.unmappedActors.length - 40} more.`);
  }
  console.log(`  Done in ${s.seconds.toFixed(1)} s.`);
}

async function remove(name: string): Promise<void> {
  const db = await provisionDatabase(readEnv());
  try {
    await applyMigrations(db.url);
    process.env.DATABASE_URL = db.url;
    const removed = await removeDataset(getPrisma(), name, null).catch((e: unknown) => {
      if (e instanceof ApiError) throw new ConfigError(e.message);
      throw e;
    });
    console.log(`Removed ${removed.dataset}: ${removed.events.toLocaleString("en")} events, ${removed.claims.toLocaleString("en")} claims, ${removed.imports} import(s).`);
    await getPrisma().$disconnect();
  } finally {
    await db.stop();
  }
}

runMain("import:dataset", async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { name: { type: "string" }, country: { type: "string" }, remove: { type: "string" } } });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new ConfigError(`--${parsed.error.issues[0].path.join(".")} ${parsed.error.issues[0].message}. ${USAGE}`);
  if (parsed.data.remove) return remove(parsed.data.remove);
  if (positionals.length !== 1) throw new ConfigError(USAGE);
  const file = positionals[0];
  const buffer = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`Cannot read ${file}: ${e.code === "ENOENT" ? "no such file" : e.message}.`);
  });
  if (buffer.length > MAX_BYTES) throw new ConfigError(`${file} is ${Math.round(buffer.length / 1e6)} MB; the importer takes files up to ${MAX_BYTES / 1e6} MB.`);
  const content = new TextDecoder("utf-8", { fatal: false }).decode(buffer);
  const profile = getProfile();
  const country = parsed.data.country === "all" ? null : (parsed.data.country ?? datasetCountry(profile));

  const db = await provisionDatabase(readEnv());
  try {
    await applyMigrations(db.url);
    process.env.DATABASE_URL = db.url;
    let bar: Progress | null = null;
    const summary = await importDataset(getPrisma(), {
      content, fileName: basename(file), name: parsed.data.name, country, profile,
      onProgress: (done, total) => {
        bar ??= new Progress("Importing", total);
        if (done === total) bar.finish(done);
        else bar.update(done);
      },
    }).catch((e: unknown) => {
      if (e instanceof DatasetFormatError || e instanceof ApiError) throw new ConfigError(`${file}: ${e.message}`);
      throw e;
    });
    printSummary(summary);
    await getPrisma().$disconnect();
  } finally {
    await db.stop();
  }
});
