// Many reports sent through the API at once (POST /api/reports/bulk): each extracted on
// the worker pool, all of them stored in as few transactions as `npm run ingest` uses
// (createReportsWithClaims), so a scraper or a partner's feed pays the estimates lock,
// the round trips and the refresh of the shared events once per request instead of once
// per report. One outcome per report, in the order sent: a report that cannot be read in
// its time budget, or that the database refuses, fails alone and the others are stored.
import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { createReportsWithClaims, MAX_BATCH_TEXT_CHARS, type ReportOutcome, type ReportToStore } from "@/lib/mutations/create-reports-with-claims";
import { getProfileSideIds } from "@/lib/mutations/ensure-profile-sides";
import { getPrisma } from "@/lib/db/client";
import { getProfile } from "@/lib/profiles";
import type { ReportInput } from "@/lib/schemas/report-input";
import { prepareReportInput } from "./prepare-report-input";

export type BulkOutcome =
  | { index: number; status: "created"; reportId: number; claimCount: number }
  | { index: number; status: "duplicate"; reportId: number }
  | { index: number; status: "failed"; error: { code: "unprocessable"; message: string } };

export async function ingestReportInputs(inputs: ReportInput[], userId: number): Promise<BulkOutcome[]> {
  const profile = getProfile();
  const sides = { profile, sideIds: await getProfileSideIds(getPrisma(), profile) };
  // All queued on the pool at once: its workers take them in turn, each with its own budget.
  const prepared = await Promise.all(
    inputs.map((input) =>
      prepareReportInput(input).then(
        (p): ReportToStore => ({ ...p, userId }),
        (err: unknown) => {
          if (err instanceof ApiError) return err; // past the time budget: this report alone fails
          throw err;
        },
      ),
    ),
  );
  const outcomes: BulkOutcome[] = [];
  const toStore: { index: number; item: ReportToStore }[] = [];
  prepared.forEach((p, index) => {
    if (p instanceof ApiError) outcomes[index] = failed(index, p.message);
    else toStore.push({ index, item: p });
  });
  for (const chunk of byText(toStore)) {
    const stored = await createReportsWithClaims(chunk.map((c) => c.item), sides);
    chunk.forEach(({ index }, i) => (outcomes[index] = toBulkOutcome(index, stored[i])));
  }
  return outcomes;
}

/** Consecutive runs of at most MAX_BATCH_TEXT_CHARS of text (at least one report each). */
function byText<T extends { item: ReportToStore }>(items: T[]): T[][] {
  const chunks: T[][] = [];
  let chars = Infinity;
  for (const item of items) {
    const length = item.item.report.text.length;
    if (chars + length > MAX_BATCH_TEXT_CHARS) {
      chunks.push([]);
      chars = 0;
    }
    chunks.at(-1)!.push(item);
    chars += length;
  }
  return chunks;
}

function toBulkOutcome(index: number, outcome: ReportOutcome): BulkOutcome {
  if (outcome.status === "created") return { index, status: "created", reportId: outcome.reportId, claimCount: outcome.claimCount };
  if (outcome.status === "duplicate") return { index, status: "duplicate", reportId: outcome.reportId };
  // A claim the database refused: a defect of extraction, logged for us; the sender is told which report, not how.
  console.error(`Bulk ingest: report ${index} was refused by the database:`, outcome.error);
  return failed(index, "The database refused this report's claims; it was not stored. The others were. The error has been logged.");
}

function failed(index: number, message: string): BulkOutcome {
  return { index, status: "failed", error: { code: "unprocessable", message } };
}
