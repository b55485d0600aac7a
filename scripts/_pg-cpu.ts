// CPU seconds used so far by one PostgreSQL cluster: its postmaster's children (live) plus reaped ones.
import { readFileSync, readdirSync } from "node:fs";
const TICK = 100; // USER_HZ
function stat(pid: number): string[] | null {
  try { const s = readFileSync(`/proc/${pid}/stat`, "utf8"); return s.slice(s.lastIndexOf(")") + 2).split(" "); } catch { return null; }
}
export function pgCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
  const pm = stat(postmaster)!;
  // fields after ")": state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
  let ticks = Number(pm[11]) + Number(pm[12]) + Number(pm[13]) + Number(pm[14]);
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(Number(d));
    if (s && Number(s[1]) === postmaster) ticks += Number(s[11]) + Number(s[12]);
  }
  return (ticks * 1000) / TICK;
}
