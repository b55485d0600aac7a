// Stores a batch of reports, each with every claim extracted from it, in one
// transaction and a fixed number of statements (set-based: jsonb_to_recordset), so a
// bulk ingest pays the round trips, the estimates lock and the refresh of the
// pre-aggregated tables once per batch instead of once per report. Each report is
// still all or nothing: should the batch fail (a claim the database refuses, say),
// every report of it is stored again on its own, so one bad report is named with its
// error and the others land. The same text (by hash) is never stored twice: a report
// whose text is stored already, or appears earlier in the batch, is a duplicate.
import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { readSql } from "@/lib/db/read-sql";
import type { ExtractedClaim } from "@/lib/extraction/types";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import type { ConflictProfile } from "@/lib/profiles/schema";
import { resolvePlaceName } from "@/lib/profiles/resolve-place-name";
import { placeClaimsInEvents } from "./assign-claims-to-events";
import { refreshEventEstimates } from "./refresh-event-estimates";
import { withEstimatesSql, type EstimatesSql } from "./with-estimates-lock";

export type NewReport = {
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
  publishedPrecision: "day" | "month" | "unknown";
  text: string;
  sourceFile: string | null;
};

/**
 * The text one batch (one transaction) holds at most: every writer of batches closes one
 * past this, so a folder or a request of 2 MB reports does not make one huge statement.
 */
export const MAX_BATCH_TEXT_CHARS = 8 * 1024 * 1024;

export type ReportToStore = {
  report: NewReport;
  claims: ExtractedClaim[];
  extractor: { name: string; version: string };
  /** The editor who ingested it in the browser: an audit row is written with the report. */
  userId?: number;
};

export type StoredReport = { status: "created"; reportId: number; claimCount: number } | { status: "duplicate"; reportId: number };
export type ReportOutcome = StoredReport | { status: "failed"; error: unknown };
export type ProfileSides = { profile: ConflictProfile; sideIds: Map<string, number> };

export function hashReportText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function toDay(published: string | null): string | null {
  return published && published.length === 7 ? `${published}-01` : published;
}

/** One outcome per report, in the order given. A database outage is thrown, not reported per report. */
export async function createReportsWithClaims(items: ReportToStore[], sides: ProfileSides): Promise<ReportOutcome[]> {
  if (items.length === 0) return [];
  const hashes = items.map((item) => hashReportText(item.report.text));
  try {
    return await withEstimatesSql((tx) => storeBatch(tx, items, hashes, sides), { timeout: 60_000 + 1_000 * items.length });
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw err;
    if (items.length === 1) {
      // Another writer stored the same text between our check and our insert.
      const [row] = await readSql<{ id: number }[]>(Prisma.sql`SELECT id FROM reports WHERE text_hash = ${hashes[0]}`, { onPrimary: true });
      if (row) return [{ status: "duplicate", reportId: row.id }];
      return [{ status: "failed", error: err }];
    }
    const outcomes: ReportOutcome[] = [];
    for (const item of items) outcomes.push(...(await createReportsWithClaims([item], sides)));
    return outcomes;
  }
}

async function storeBatch(tx: EstimatesSql, items: ReportToStore[], hashes: string[], { profile, sideIds }: ProfileSides): Promise<ReportOutcome[]> {
  // Checked under the lock every ingest takes, so no other ingest can store a text in between.
  const stored = await tx.$queryRaw<{ id: number; text_hash: string }[]>`SELECT id, text_hash FROM reports WHERE text_hash = ANY(${hashes}::bpchar[])`;
  const known = new Map(stored.map((r) => [r.text_hash.trim(), r.id]));
  const fresh = items.flatMap((item, i) => {
    if (known.has(hashes[i]) || hashes.indexOf(hashes[i]) < i) return [];
    return [{ item, hash: hashes[i] }];
  });
  if (fresh.length > 0) {
    const claims = fresh.flatMap(({ item }) => item.claims);
    const outletIds = await upsertNames(tx, "outlets", fresh.map(({ item }) => item.report.outlet));
    const claimantIds = await upsertNames(tx, "claimants", claims.map((c) => c.claimant));
    const placeIds = await upsertPlaces(tx, profile, claims.map((c) => c.location).filter((l): l is string => !!l));
    const reportIds = await insertReports(tx, fresh, outletIds);
    const unknownSide = sideIds.get("unknown");
    const rows = fresh.flatMap(({ item, hash }) =>
      item.claims.map((c) => {
        const sideId = sideIds.get(c.side) ?? unknownSide;
        if (sideId === undefined) throw new Error(`The profile has no side "${c.side}" and no "unknown" side.`);
        return {
          report_id: reportIds.get(hash)!, outlet_id: outletIds.get(item.report.outlet)!, published_on: toDay(item.report.published),
          claimant_id: claimantIds.get(c.claimant)!, side_id: sideId, side_text: c.sideText, outcome: c.outcome, qualifier: c.qualifier,
          low: c.low, high: c.high, point: c.point, number_text: c.numberText, vague_term: c.vagueTerm, convention: c.convention,
          quote: c.quote, span_start: c.spanStart, span_end: c.spanEnd, place_id: c.location ? placeIds.get(c.location)! : null, place_text: c.location,
          confidence: c.confidence, confidence_reason: c.confidenceReason, period_text: c.when, period_start: toDay(c.periodStart), period_end: toDay(c.periodEnd),
          period_precision: c.periodPrecision, scope: c.scope, extractor_name: item.extractor.name, extractor_version: item.extractor.version,
        };
      }),
    );
    // Grouped before they are stored, in the order their ids will have: each claim is written once, with its event.
    const { eventIds, widened } = await placeClaimsInEvents(tx, rows.map((r) => ({ scope: r.scope, sideId: r.side_id, placeId: r.place_id, periodStart: r.period_start, periodEnd: r.period_end })));
    await insertClaims(tx, rows.map((r, i) => ({ ...r, event_id: eventIds[i] })));
    // Claims were only added: only the rows of their own sides, outcomes and sources are remade.
    const added = rows.flatMap((r, i) => (eventIds[i] === null ? [] : [{ eventId: eventIds[i]!, sideId: r.side_id, outcome: r.outcome, outletId: r.outlet_id, claimantId: r.claimant_id }]));
    await refreshEventEstimates(tx, added.map((a) => a.eventId), { claims: added, widened });
    await writeIngestAudits(tx, fresh.flatMap(({ item, hash }) => (item.userId === undefined ? [] : [{ item, reportId: reportIds.get(hash)! }])));
    for (const { hash } of fresh) known.set(hash, reportIds.get(hash)!);
  }
  const created = new Set(fresh.map((f) => f.hash));
  return items.map((item, i) => {
    const reportId = known.get(hashes[i])!;
    const first = hashes.indexOf(hashes[i]) === i;
    return created.has(hashes[i]) && first ? { status: "created", reportId, claimCount: item.claims.length } : { status: "duplicate", reportId };
  });
}

/** name -> id for outlets or claimants, inserting the names not seen before. */
async function upsertNames(tx: EstimatesSql, table: "outlets" | "claimants", names: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  const rows =
    table === "outlets"
      ? await tx.$queryRaw<{ id: number; name: string }[]>`
          WITH added AS (INSERT INTO outlets (name) SELECT unnest(${unique}::text[]) ON CONFLICT (name) DO NOTHING RETURNING id, name)
          SELECT id, name FROM added UNION ALL SELECT id, name FROM outlets WHERE name = ANY(${unique}::text[])`
      : await tx.$queryRaw<{ id: number; name: string }[]>`
          WITH added AS (INSERT INTO claimants (name) SELECT unnest(${unique}::text[]) ON CONFLICT (name) DO NOTHING RETURNING id, name)
          SELECT id, name FROM added UNION ALL SELECT id, name FROM claimants WHERE name = ANY(${unique}::text[])`;
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** place as written -> id of the profile's place it names (or of the written name, tidied). */
async function upsertPlaces(tx: EstimatesSql, profile: ConflictProfile, written: string[]): Promise<Map<string, number>> {
  const resolved = new Map([...new Set(written)].map((w) => [w, resolvePlaceName(profile, w)]));
  if (resolved.size === 0) return new Map();
  const places = [...new Map([...resolved.values()].map((p) => [p.name, p])).values()];
  const rows = await tx.$queryRaw<{ id: number; name: string }[]>`
    WITH wanted AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(places)}::jsonb) AS p(name text, kind text, aliases text[])),
         added AS (INSERT INTO places (name, kind, aliases) SELECT name, kind, aliases FROM wanted ON CONFLICT (name) DO NOTHING RETURNING id, name)
    SELECT id, name FROM added UNION ALL SELECT p.id, p.name FROM places p JOIN wanted w ON w.name = p.name`;
  const ids = new Map(rows.map((r) => [r.name, r.id]));
  return new Map([...resolved].map(([w, place]) => [w, ids.get(place.name)!]));
}

/** text hash -> id of each report stored, ids in the order given. */
async function insertReports(tx: EstimatesSql, fresh: { item: ReportToStore; hash: string }[], outletIds: Map<string, number>): Promise<Map<string, number>> {
  const rows = fresh.map(({ item: { report, claims }, hash }) => ({
    outlet_id: outletIds.get(report.outlet)!, title: report.title, url: report.url, published_on: toDay(report.published),
    published_precision: report.publishedPrecision, text: report.text, text_hash: hash, source_file: report.sourceFile, claim_count: claims.length,
  }));
  const ids = await tx.$queryRaw<{ id: number; text_hash: string }[]>`
    INSERT INTO reports (outlet_id, title, url, published_on, published_precision, text, text_hash, source_file, claim_count)
    SELECT outlet_id, title, url, published_on, published_precision::"DatePrecision", text, text_hash, source_file, claim_count
    FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS (outlet_id int, title text, url text, published_on date,
         published_precision text, text text, text_hash text, source_file text, claim_count int)) WITH ORDINALITY AS r(outlet_id, title, url, published_on, published_precision, text, text_hash, source_file, claim_count, ord)
    ORDER BY ord
    RETURNING id, text_hash`;
  return new Map(ids.map((r) => [r.text_hash.trim(), r.id]));
}

/** The claims in the order given (ids taken in that order), each with its event already. */
async function insertClaims(tx: EstimatesSql, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO claims (report_id, outlet_id, published_on, claimant_id, side_id, side_text, outcome, qualifier, low, high, point, number_text,
                        vague_term, convention, quote, span_start, span_end, place_id, place_text, confidence, confidence_reason, period_text,
                        period_start, period_end, period_precision, scope, extractor_name, extractor_version, event_id, updated_at)
    SELECT report_id, outlet_id, published_on, claimant_id, side_id, side_text, outcome::"Outcome", qualifier::"Qualifier", low, high, point, number_text,
           vague_term, convention, quote, span_start, span_end, place_id, place_text, confidence, confidence_reason, period_text,
           period_start, period_end, period_precision::"DatePrecision", scope::"Scope", extractor_name, extractor_version, event_id, now()
    FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS (report_id int, outlet_id int, published_on date, claimant_id int,
         side_id int, side_text text, outcome text, qualifier text, low int, high int, point int, number_text text, vague_term text, convention text,
         quote text, span_start int, span_end int, place_id int, place_text text, confidence float8, confidence_reason text, period_text text,
         period_start date, period_end date, period_precision text, scope text, extractor_name text, extractor_version text, event_id int)) WITH ORDINALITY
         AS c(report_id, outlet_id, published_on, claimant_id, side_id, side_text, outcome, qualifier, low, high, point, number_text, vague_term, convention,
         quote, span_start, span_end, place_id, place_text, confidence, confidence_reason, period_text, period_start, period_end, period_precision, scope,
         extractor_name, extractor_version, event_id, ord)
    ORDER BY ord`;
}

/** The audit rows of the reports editors ingested, as writeAudit would write them, in one statement. */
async function writeIngestAudits(tx: EstimatesSql, ingested: { item: ReportToStore; reportId: number }[]): Promise<void> {
  if (ingested.length === 0) return;
  const rows = ingested.map(({ item: { report, claims, userId }, reportId }) => ({
    user_id: userId,
    entity_id: reportId,
    after: { title: report.title, outlet: report.outlet, url: report.url, published: report.published, claims: claims.length },
  }));
  await tx.$executeRaw`
    INSERT INTO audit_entries (user_id, action, entity_type, entity_id, after)
    SELECT user_id, 'ingest', 'report', entity_id, after
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS a(user_id int, entity_id int, after jsonb)`;
}
