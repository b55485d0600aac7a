// The one lock discipline for writes that change which claims count in which event
// (ingest, a new claim, an edit or move, a merge, a split, a rebuild). Each such write
// refreshes event_estimates, event_totals and daily_estimates by deleting and
// re-inserting rows; two of them at once would both insert the same keys (a 500 on
// event_estimates_pkey or daily_estimates_pkey) or sum days from each other's half-done
// rows. So every one of them runs here:
//   - one transaction whose first statement takes the transaction-level advisory lock
//     ESTIMATES_LOCK (across processes: the server and `npm run ingest`). Taken before
//     any row is touched, it is the first lock of every such write, so two of them can
//     never wait on each other in opposite orders (no deadlock among them);
//   - at most WRITE_SLOTS of them per process wait for that lock at once, so queued
//     writers wait in memory, not on a pooled connection the readers need;
//   - a deadlock or serialization failure against some other writer (40P01, 40001)
//     is retried here, in one place, a few times.
// The transaction handle is branded: refreshEventEstimates and assignClaimsToEvents
// accept nothing else, so a write cannot refresh estimates without the lock.
// Two ways in, one discipline: withEstimatesLock, a Prisma transaction, for the writes
// that use Prisma's models (an editor's correction); withEstimatesSql, a plain pg
// transaction with the raw-query API (lib/db/sql-runner.ts), for ingest, whose batches
// carry megabytes of parameters that Prisma's engine would copy and re-encode.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getPool } from "@/lib/db/pg-pool";
import { sqlRunner, type SqlRunner } from "@/lib/db/sql-runner";

export const ESTIMATES_LOCK = 72707370;
const WRITE_SLOTS = 4;
const ATTEMPTS = 3;
const RETRYABLE = new Set(["40P01", "40001"]);

declare const lockHeld: unique symbol;
/** A transaction that holds ESTIMATES_LOCK: only withEstimatesLock makes one. */
export type EstimatesTx = Prisma.TransactionClient & { readonly [lockHeld]: true };
/** Raw statements in a transaction that holds ESTIMATES_LOCK (withEstimatesSql makes one; an EstimatesTx is one too). */
export type EstimatesSql = SqlRunner & { readonly [lockHeld]: true };

export type EstimatesWriteOptions = { timeout?: number; maxWait?: number };

export async function withEstimatesLock<T>(prisma: PrismaClient, work: (tx: EstimatesTx) => Promise<T>, options: EstimatesWriteOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inWriteSlot(() =>
        prisma.$transaction(
          async (tx) => {
            await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ESTIMATES_LOCK})`;
            return work(tx as EstimatesTx);
          },
          { maxWait: options.maxWait ?? 10_000, timeout: options.timeout ?? 30_000 },
        ),
      );
    } catch (err) {
      if (attempt >= ATTEMPTS || !isRetryable(err)) throw err;
    }
  }
}

/**
 * As withEstimatesLock, on a connection of the primary's write pool. `timeout` bounds each
 * statement (statement_timeout), where Prisma's bounds the whole transaction.
 */
export async function withEstimatesSql<T>(work: (tx: EstimatesSql) => Promise<T>, options: Pick<EstimatesWriteOptions, "timeout"> = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inWriteSlot(async () => {
        const client = await getPool("write").connect();
        let broken: Error | undefined;
        try {
          await client.query("BEGIN");
          await client.query(`SET LOCAL statement_timeout = ${Math.round(options.timeout ?? 30_000)}`);
          await client.query("SELECT pg_advisory_xact_lock($1)", [ESTIMATES_LOCK]);
          const result = await work(sqlRunner(client) as EstimatesSql);
          await client.query("COMMIT");
          return result;
        } catch (err) {
          // A connection that cannot roll back is dropped, not handed to the next writer.
          await client.query("ROLLBACK").catch((rollbackFailed: Error) => (broken = rollbackFailed));
          throw err;
        } finally {
          client.release(broken);
        }
      });
    } catch (err) {
      if (attempt >= ATTEMPTS || !isRetryable(err)) throw err;
    }
  }
}

/** A deadlock or serialization failure, however Prisma and its pg adapter wrap it. */
export function isRetryable(err: unknown): boolean {
  const e = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } }; cause?: { originalCode?: unknown; kind?: unknown } };
  const cause = e?.meta?.driverAdapterError?.cause ?? e?.cause;
  return e?.code === "P2034" || RETRYABLE.has(String(e?.code)) || RETRYABLE.has(String(cause?.originalCode)) || cause?.kind === "TransactionWriteConflict";
}

let busy = 0;
const waiting: (() => void)[] = [];

async function inWriteSlot<T>(run: () => Promise<T>): Promise<T> {
  if (busy >= WRITE_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else busy++;
  try {
    return await run();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else busy--;
  }
}
