// Resident memory of a process tree, read from /proc (Linux): the start process
// spawns `next start`, whose own workers may be further down, so the sampler sums
// every descendant of the process we started (not the start process itself).
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: fields resume after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null; // the process ended meanwhile
  }
}

export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(Number(entry));
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** VmRSS in bytes; 0 for a process that has gone. */
export function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export type MemorySample = { before: number; peak: number };

/** Samples the tree's summed RSS every `intervalMs` until stopped; returns the first and the highest sample. */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop(): MemorySample } {
  const measure = () => descendantsOf(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
  const before = measure();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, measure());
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, measure());
      return { before, peak };
    },
  };
}
