// Group commit for reports that arrive one at a time (POST /api/reports, each in its own
// request): while one batch is being written, the reports that arrive meanwhile wait
// here and are then written together, in one transaction (createReportsWithClaims). Ingest
// writes are serialized by the estimates lock anyway, so waiting here costs no more than
// waiting for the lock did, and the lock, the round trips and the refresh of the
// pre-aggregated tables are paid once per batch. Each caller still gets its own outcome:
// a report the database refuses fails alone (the batch is retried report by report).
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createReportsWithClaims, type ProfileSides, type ReportOutcome, type ReportToStore } from "./create-reports-with-claims";

/** Enough to pay the fixed cost of a transaction many times over, small enough to keep one short. */
const MAX_BATCH_REPORTS = 64;
const MAX_BATCH_CHARS = 8 * 1024 * 1024;
/**
 * Under a steady stream (a batch was just written and more are coming), the next batch
 * waits as long as the last one took to write, up to this, for others to arrive (as
 * PostgreSQL's commit_delay does): each batch costs about twenty statements and an
 * estimates refresh whatever its size, and reports come out of extraction one by one, so
 * the writer's time is at most half spent on fixed costs. A lone report after a quiet
 * spell is written at once.
 */
const MAX_LINGER_MS = 100;

type Waiting = { item: ReportToStore; sides: ProfileSides; settle: (outcome: Promise<ReportOutcome>) => void };
type Queue = { waiting: Waiting[]; writing: boolean };

const queues = new WeakMap<PrismaClient, Queue>();

export function queueReportWrite(prisma: PrismaClient, item: ReportToStore, sides: ProfileSides): Promise<ReportOutcome> {
  let queue = queues.get(prisma);
  if (!queue) queues.set(prisma, (queue = { waiting: [], writing: false }));
  const outcome = new Promise<ReportOutcome>((resolve) => queue.waiting.push({ item, sides, settle: resolve }));
  if (!queue.writing) void drain(prisma, queue);
  return outcome;
}

async function drain(prisma: PrismaClient, queue: Queue): Promise<void> {
  queue.writing = true;
  try {
    for (let lastWriteMs = 0; queue.waiting.length > 0; ) {
      const linger = Math.min(lastWriteMs, MAX_LINGER_MS);
      if (linger > 0 && queue.waiting.length < MAX_BATCH_REPORTS) await new Promise((resolve) => setTimeout(resolve, linger));
      const started = performance.now();
      const batch = takeBatch(queue.waiting);
      const written = createReportsWithClaims(prisma, batch.map((w) => w.item), batch[0].sides);
      // Settled with the batch's promise, so an outage rejects every caller of the batch.
      batch.forEach((w, i) => w.settle(written.then((outcomes) => outcomes[i])));
      await written.catch(() => {});
      lastWriteMs = performance.now() - started;
    }
  } finally {
    queue.writing = false;
  }
}

/** The oldest waiting reports of one profile, up to the batch limits (at least one). */
function takeBatch(waiting: Waiting[]): Waiting[] {
  const profileId = waiting[0].sides.profile.id;
  let chars = 0;
  let count = 0;
  while (count < waiting.length && count < MAX_BATCH_REPORTS && waiting[count].sides.profile.id === profileId) {
    chars += waiting[count].item.report.text.length;
    if (count > 0 && chars > MAX_BATCH_CHARS) break;
    count++;
  }
  return waiting.splice(0, count);
}
