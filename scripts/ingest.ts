// npm run ingest -- FILE|DIR... [--outlet NAME --published YYYY-MM-DD --url URL --title TITLE]
// Reads report files, skips those already stored (same text), extracts their
// claims and stores each report with its claims in one transaction.
import { parseArgs } from "node:util";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { closePools } from "@/lib/db/pg-pool";
import { applyMigrations } from "@/lib/db/migrate";
import { provisionDatabase } from "@/lib/db/provision";
import { ConfigError, readEnv } from "@/lib/env";
import { ingestReportFiles, type IngestSummary } from "@/lib/ingest/ingest-report-files";
import { ingestVerdict } from "@/lib/ingest/ingest-verdict";
import { runMain } from "@/lib/runtime/run-main";

const USAGE = "Usage: npm run ingest -- FILE|DIR... [--outlet NAME] [--published YYYY-MM-DD|YYYY-MM] [--url URL] [--title TITLE]";

const optionsSchema = z.object({
  outlet: z.string().trim().min(1).max(200).optional(),
  published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$|^unknown$/, "must be YYYY-MM-DD, YYYY-MM or unknown").optional(),
  url: z.url().optional(),
  title: z.string().trim().min(1).max(500).optional(),
});

function progress(done: number, total: number): void {
  if (total < 2) return;
  if (process.stderr.isTTY) process.stderr.write(`\rIngesting ${done}/${total}…${done === total ? "\n" : ""}`);
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`Ingested ${done}/${total}\n`);
}

function printSummary(summary: IngestSummary): void {
  const claims = summary.created.reduce((n, r) => n + r.claimCount, 0);
  console.log(`Stored ${summary.created.length} new report(s) with ${claims} claim(s); ${summary.duplicates.length} already stored; ${summary.failed.length} skipped.`);
  for (const f of summary.failed) console.log(`  skipped ${f.file}: ${f.reason}`);
}

runMain("ingest", async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { outlet: { type: "string" }, published: { type: "string" }, url: { type: "string" }, title: { type: "string" } },
  });
  if (positionals.length === 0) throw new ConfigError(USAGE);
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`--${issue.path.join(".")} ${issue.message}. ${USAGE}`);
  }
  const db = await provisionDatabase(readEnv());
  try {
    await applyMigrations(db.url);
    process.env.DATABASE_URL = db.url;
    const summary = await ingestReportFiles(getPrisma(), positionals, { overrides: parsed.data, onProgress: progress });
    printSummary(summary);
    const verdict = ingestVerdict(summary);
    if (verdict.line) console.log(verdict.line);
    await getPrisma().$disconnect();
    await closePools(); // or the write pool's idle connections keep the command alive 10 s more
    return verdict.exitCode;
  } finally {
    await db.stop();
  }
});
