import { getPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openBenchServer } from "@/lib/bench/bench-database";
import { measureIngest } from "@/lib/bench/measure-ingest";
import { measureIngestOld } from "@/lib/bench/_old-measure";
import { pgCpuMs } from "./_pg-cpu";
const server = await openBenchServer(() => {});
process.env.DATABASE_URL = server.benchUrl;
await applyMigrations(server.benchUrl);
const DATA = process.cwd() + "/.data/postgres";
const N = Number(process.argv[3] ?? 300);
for (const which of (process.argv[2] ?? "old,new").split(",")) {
  const pg0 = pgCpuMs(DATA); const cpu0 = process.cpuUsage(); const t0 = performance.now();
  const f = which === "old" ? await measureIngestOld("/work/shared", N) : await measureIngest("/work/shared", N);
  const wall = (performance.now() - t0) / 1000; const cpu = process.cpuUsage(cpu0); const pgs = (pgCpuMs(DATA) - pg0) / 1000;
  const node = (cpu.user + cpu.system) / 1e6;
  console.log(`${which}: ${f.reports} reports ${f.claims} claims in ${f.seconds.toFixed(2)} s = ${f.reportsPerSecond.toFixed(1)} reports/s; node cpu ${node.toFixed(2)} s, postgres cpu ${pgs.toFixed(2)} s => ${(f.reports / (node + pgs)).toFixed(1)} reports per cpu-second; load ${(await import("node:os")).loadavg()[0].toFixed(1)}`);
}
await getPrisma().$disconnect();
await server.stop();
process.exit(0);
