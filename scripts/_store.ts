import fs from "node:fs/promises";
import path from "node:path";
import { getPrisma } from "@/lib/db/client";
import { openBenchServer } from "@/lib/bench/bench-database";
import { EXTRACTOR, extractClaims } from "@/lib/extraction";
import { createReportsWithClaims } from "@/lib/mutations/create-reports-with-claims";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { getProfile } from "@/lib/profiles";
import { parseReportFile } from "@/lib/reports/parse-report-file";
import { pgCpuMs } from "./_pg-cpu";
import pg from "pg";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const stats = new Map<string, { n: number; ms: number }>();
const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const original = proto.query;
proto.query = function (this: unknown, ...args: unknown[]) {
  const config = args[0] as { text?: string } | string;
  const text = typeof config === "string" ? config : config?.text ?? "?";
  const key = text.replace(/\s+/g, " ").trim().slice(0, 90);
  if (key.startsWith("WITH fc AS") && !(globalThis as any).dumped) { (globalThis as any).dumped = 1; require("node:fs").writeFileSync("/tmp/ingest-prof/est.json", JSON.stringify({ text, values: (config as any).values })); }
  const t0 = performance.now();
  const r = original.apply(this, args) as Promise<unknown>;
  if (r && typeof r.then === "function") return r.finally(() => { const s = stats.get(key) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t0; stats.set(key, s); });
  return r;
};
const server = await openBenchServer(() => {});
process.env.DATABASE_URL = server.benchUrl;
const DATA = process.cwd() + "/.data/postgres";
const profile = getProfile();
const sides = { profile, sideIds: await ensureProfileSides(getPrisma(), profile) };
const sources = [];
for (const name of ["seeds", "dev"]) {
  const dir = path.join("/work/shared/corpus", name);
  for (const f of (await fs.readdir(dir)).filter((f) => f.endsWith(".txt")).sort()) { const p = parseReportFile(await fs.readFile(path.join(dir, f)), f); if (p.ok) sources.push(p.report); }
}
const N = Number(process.argv[2] ?? 300), B = Number(process.argv[3] ?? 50);
const tag = Date.now().toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)]);
const c0 = process.cpuUsage();
const items = Array.from({ length: N }, (_, i) => { const s = sources[i % sources.length]; const text = `${s.text}\n\nBenchmark copy ${tag}-${i.toString(36).replace(/\d/g, (d) => "abcdefghij"[Number(d)])}.\n`;
  return { report: { ...s, text, sourceFile: null }, claims: extractClaims(text, { outlet: s.outlet, published: s.published, publishedPrecision: s.publishedPrecision }, profile), extractor: EXTRACTOR }; });
const ex = process.cpuUsage(c0);
stats.clear(); const pg0 = pgCpuMs(DATA); const cpu0 = process.cpuUsage(); const t0 = performance.now();
for (let i = 0; i < N; i += B) await createReportsWithClaims(getPrisma(), items.slice(i, i + B), sides);
const wall = (performance.now() - t0) / 1000; const cpu = process.cpuUsage(cpu0); const pgs = (pgCpuMs(DATA) - pg0) / 1000; const node = (cpu.user + cpu.system) / 1e6;
console.log(`extraction in-thread: ${((ex.user + ex.system) / 1000 / N).toFixed(2)} ms cpu/report; storage batch ${B}: ${(N / wall).toFixed(1)} reports/s wall, node ${(node * 1000 / N).toFixed(2)} ms cpu/report, postgres ${(pgs * 1000 / N).toFixed(2)} ms cpu/report`);
for (const [k, v] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) console.log(`${(v.ms / N).toFixed(2).padStart(6)} ms/report ${String(v.n).padStart(4)}x ${(v.ms / v.n).toFixed(1).padStart(7)} ms  ${k}`);
await getPrisma().$disconnect(); await server.stop(); process.exit(0);
