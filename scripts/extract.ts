// npm run --silent extract -- [--json] [--convention acled] [--outlet NAME --published YYYY-MM-DD] FILE...
// Prints the claims found in each report: one JSON object with --json, else a table.
// A file that cannot be read is named on stderr with the reason; nothing goes to stdout then.
import fs from "node:fs";
import { type ConventionId, extractClaims, type ExtractedClaim } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";
import { MAX_REPORT_BYTES, parseReportFile, type ParsedReport, type ReportOverrides } from "@/lib/reports/parse-report-file";
import { runMain } from "@/lib/runtime/run-main";

type Args = { json: boolean; convention: ConventionId | undefined; overrides: ReportOverrides; files: string[] };

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, convention: undefined, overrides: {}, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--json") args.json = true;
    else if (a === "--convention") {
      const c = value();
      if (c !== "literal-v1" && c !== "acled") throw new Error(`--convention must be literal-v1 or acled, not "${c}"`);
      args.convention = c;
    } else if (a === "--outlet") args.overrides.outlet = value();
    else if (a === "--published") args.overrides.published = value();
    else if (a === "--title") args.overrides.title = value();
    else if (a === "--url") args.overrides.url = value();
    else if (a.startsWith("--")) throw new Error(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new Error("usage: npm run --silent extract -- [--json] FILE...");
  return args;
}

function readReport(file: string, overrides: ReportOverrides): { report: ParsedReport } | { reason: string } {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { reason: "not a file" };
    if (stat.size > MAX_REPORT_BYTES) return { reason: `the file is over ${MAX_REPORT_BYTES / 1048576} MB` };
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String((err as Error).message) };
  }
  const parsed = parseReportFile(bytes, file, overrides);
  return parsed.ok ? { report: parsed.report } : { reason: parsed.reason };
}

/** Exactly the keys, in this order, that the JSON output promises. */
function toJson(c: ExtractedClaim) {
  return {
    quote: c.quote, numberText: c.numberText, side: c.side, outcome: c.outcome, low: c.low, high: c.high, point: c.point,
    qualifier: c.qualifier, claimant: c.claimant, location: c.location, periodStart: c.periodStart, periodEnd: c.periodEnd,
    scope: c.scope, spanStart: c.spanStart, spanEnd: c.spanEnd,
    claimantCanonical: c.claimantCanonical, placeCanonical: c.placeCanonical, confidence: c.confidence, confidenceReason: c.confidenceReason,
  };
}

function formatCount(c: ExtractedClaim): string {
  if (c.qualifier === "vague") return `${c.numberText} (${c.low}+, ${c.convention})`;
  if (c.high === null) return `${c.low}+`;
  return c.low === c.high ? `${c.low}` : `${c.low}-${c.high}`;
}

function printTable(file: string, claims: ExtractedClaim[]): void {
  console.log(`\n${file}: ${claims.length} claim${claims.length === 1 ? "" : "s"}`);
  for (const c of claims) {
    const period = c.periodStart ? (c.periodStart === c.periodEnd ? c.periodStart : `${c.periodStart}..${c.periodEnd}`) : "no date";
    console.log(`  ${c.outcome.padEnd(8)} ${c.side.padEnd(9)} ${formatCount(c).padEnd(22)} ${period.padEnd(22)} ${c.claimant}${c.location ? ` @ ${c.location}` : ""}`);
    console.log(`      "${c.quote.length > 140 ? `${c.quote.slice(0, 137)}...` : c.quote}"`);
  }
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const profile = getProfile();
  const reports: { file: string; report: ParsedReport }[] = [];
  const failures: string[] = [];
  for (const file of args.files) {
    const read = readReport(file, args.overrides);
    if ("reason" in read) failures.push(`${file}: ${read.reason}`);
    else reports.push({ file, report: read.report });
  }
  if (failures.length) {
    for (const f of failures) console.error(`Cannot read ${f}`);
    return 1;
  }
  const results = reports.map(({ file, report }) => ({
    file,
    claims: extractClaims(report.text, { outlet: report.outlet, published: report.published, publishedPrecision: report.publishedPrecision }, profile, { convention: args.convention }),
  }));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ reports: results.map((r) => ({ file: r.file, claims: r.claims.map(toJson) })) })}\n`);
  } else {
    for (const r of results) printTable(r.file, r.claims);
  }
  return 0;
}

runMain("extract", main, 2);
