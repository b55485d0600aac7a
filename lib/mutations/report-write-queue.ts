// Group commit for reports that arrive one at a time (POST /api/reports, each in its own
// request): while one batch is being written, the reports that arrive meanwhile wait
// here and are then written together, in one transaction (createReportsWithClaims). Ingest
// writes are serialized by the estimates lock anyway, so waiting here costs no more than
// waiting for the lock did, and the lock, the round trips and the refresh of the
// pre-aggregated tables are paid once per batch. Each caller still gets its own outcome:
// a report the database refuses fails alone (the batch is retried report by report).
import "server-only";
import { createReportsWithClaims, MAX_BATCH_TEXT_CHARS, type ProfileSides, type ReportOutcome, type ReportToStore } from "./create-reports-with-claims";

/** Enough to pay the fixed cost of a transaction many times over, small enough to keep one short. */
const MAX_BATCH_REPORTS = 64;
// No waiting for more to arrive before a batch is written (as commit_delay would): the
// reports that arrive while one batch is written make the next. Measured with 16 clients
// posting at 1M claims, waiting as long as the last batch took (up to 100 ms) made batches
// hardly larger (10 reports on average, against 8) and left the database idle meanwhile:
// 52.5 reports/s, p50 299 ms; without it 70.3 reports/s, p50 197 ms.

type Waiting = { item: ReportToStore; sides: ProfileSides; settle: (outcome: Promise<ReportOutcome>) => void };
type Queue = { waiting: Waiting[]; writing: boolean };

/** One queue per process: the writes go to the primary (DATABASE_URL) through one pool. */
const queue: Queue = { waiting: [], writing: false };

export function queueReportWrite(item: ReportToStore, sides: ProfileSides): Promise<ReportOutcome> {
  const outcome = new Promise<ReportOutcome>((resolve) => queue.waiting.push({ item, sides, settle: resolve }));
  if (!queue.writing) void drain();
  return outcome;
}

async function drain(): Promise<void> {
  queue.writing = true;
  try {
    while (queue.waiting.length > 0) {
      const batch = takeBatch(queue.waiting);
      const written = createReportsWithClaims(batch.map((w) => w.item), batch[0].sides);
      // Settled with the batch's promise, so an outage rejects every caller of the batch.
      batch.forEach((w, i) => w.settle(written.then((outcomes) => outcomes[i])));
      await written.catch(() => {});
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
    if (count > 0 && chars > MAX_BATCH_TEXT_CHARS) break;
    count++;
  }
  return waiting.splice(0, count);
}
