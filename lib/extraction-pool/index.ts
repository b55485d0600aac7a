// Extraction off the request thread: a pool of worker threads, one per core, each
// with a time budget per report. A report that takes too long is stopped (its worker
// is terminated and replaced), so no text can hold the server's only JavaScript
// thread: /api/health and the pages keep answering while a report is read.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractedClaim, ExtractOptions, ReportMeta } from "@/lib/extraction/types";

/** Far above what a 2 MB report needs (about 2 s on one core): only a pathological text reaches it. */
export const EXTRACTION_BUDGET_MS = 20_000;

export class ExtractionTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`Reading this report took longer than ${budgetMs / 1000} s, so it was stopped; split it into shorter reports.`);
  }
}

type Job = {
  id: number;
  message: { id: number; text: string; meta: ReportMeta; options: ExtractOptions; profileId: string | undefined };
  budgetMs: number;
  resolve: (claims: ExtractedClaim[]) => void;
  reject: (err: Error) => void;
};

type Slot = { worker: Worker; ready: Promise<void>; job: Job | null; timer: NodeJS.Timeout | null };

// The worker's file is loaded by Node at run time, never bundled: Next's bundler
// follows `new Worker(file)` and would pull the TypeScript loader into the server
// build. A one-line bootstrap evaluated in the thread hides the file from it.
const WORKER_FILE = path.join(process.cwd(), "lib/extraction-pool/extraction-worker.mjs");
const BOOTSTRAP = 'import(require("node:url").pathToFileURL(require("node:worker_threads").workerData.entry).href)';

class ExtractionPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;

  constructor(private readonly size: number) {}

  run(text: string, meta: ReportMeta, options: ExtractOptions, profileId: string | undefined, budgetMs: number): Promise<ExtractedClaim[]> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, message: { id, text, meta, options, profileId }, budgetMs, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.job) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref(); // a job in flight keeps a command-line run alive
      // The budget counts from the worker's start-up too: a worker that cannot load is a failure, not a wait.
      slot.timer = setTimeout(() => this.fail(slot, new ExtractionTimeout(job.budgetMs), true), job.budgetMs);
      void slot.ready.then(() => slot.job === job && slot.worker.postMessage(job.message));
    }
  }

  private spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { root: process.cwd(), entry: WORKER_FILE } });
    let markReady!: () => void;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (markReady = r)), job: null, timer: null };
    worker.unref();
    worker.on("message", (m: { ready?: true; id?: number; claims?: ExtractedClaim[]; error?: string }) => {
      if (m.ready) return markReady();
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      this.finish(slot);
      if (m.error !== undefined) job.reject(new Error(m.error));
      else job.resolve(m.claims!);
    });
    worker.on("error", (err) => this.fail(slot, err instanceof Error ? err : new Error(String(err)), false));
    worker.on("exit", () => {
      this.slots = this.slots.filter((s) => s !== slot);
      if (slot.job) this.fail(slot, new Error("the extraction worker stopped unexpectedly"), false);
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
    this.dispatch();
  }

  private fail(slot: Slot, err: Error, terminate: boolean): void {
    const job = slot.job;
    this.slots = this.slots.filter((s) => s !== slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    if (terminate) void slot.worker.terminate();
    job?.reject(err);
    this.dispatch();
  }
}

let pool: ExtractionPool | null = null;

/** The claims of one report, extracted on a worker thread within `budgetMs`; rejects with ExtractionTimeout past it. */
export function extractInPool(
  text: string,
  meta: ReportMeta,
  { options = {}, profileId, budgetMs = EXTRACTION_BUDGET_MS }: { options?: ExtractOptions; profileId?: string; budgetMs?: number } = {},
): Promise<ExtractedClaim[]> {
  pool ??= new ExtractionPool(Math.max(1, os.availableParallelism()));
  return pool.run(text, meta, options, profileId, budgetMs);
}
