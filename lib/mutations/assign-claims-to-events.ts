// Puts newly stored claims into events as they arrive, so the dashboard never has to
// regroup a million claims. Which event a claim joins is decided by findEventToJoin
// (lib/reconciliation), the same function the specification groupClaimsIntoEvents runs:
// this file only fetches the candidates and stores the answer. Claims are placed in id
// order, one at a time, each seeing the events the ones before it opened or widened.
// Undated claims join nothing: they are listed, not charted. Editors' events (is_manual)
// are never offered, so automatic claims never join them.
//
// Set-based, whatever the number of claims (a whole ingest batch): one query fetches
// every stored event any of the claims could meet, the claims are then placed one by one
// in memory against those events plus the ones opened or widened before them (exactly
// what a query per claim would have returned, as nothing else writes events while the
// estimates lock is held), and two statements store the events (plus one for the claims'
// event ids when they were stored before being grouped).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/claim-vocabulary";
import { DEFAULT_ADJACENT_DAYS, cumulativeSlack, findEventToJoin, fromDayNumber as fromDay, toDaySpan, widenSpan, type ClaimToJoin, type DaySpan, type JoinableEvent } from "@/lib/reconciliation";
import type { SqlRunner } from "@/lib/db/sql-runner";
import type { EstimatesSql } from "./with-estimates-lock";

type Tx = SqlRunner;

export type ClaimToPlace = { id: number; scope: Scope; sideId: number; placeId: number | null; periodStart: Date | null; periodEnd: Date | null };

/** The columns assignClaimsToEvents needs: select them when storing the claims. */
export const CLAIM_TO_PLACE_SELECT = { id: true, scope: true, sideId: true, placeId: true, periodStart: true, periodEnd: true } as const;

/** An event as grouping sees it; `id` is null until an event opened here is stored. */
type Candidate = JoinableEvent & { id: number | null; stored: DaySpan | null };

/** A claim as grouping sees it, before or after it is stored: days as YYYY-MM-DD. */
export type ClaimToGroup = { scope: Scope; sideId: number; placeId: number | null; periodStart: string | null; periodEnd: string | null };

/** Stored claims, placed in id order; their event_id is written. Returns the events they joined. */
export async function assignClaimsToEvents(tx: EstimatesSql, claims: ClaimToPlace[]): Promise<number[]> {
  const sorted = [...claims].sort((a, b) => a.id - b.id);
  const { eventIds } = await placeClaimsInEvents(tx, sorted.map((c) => ({ ...c, periodStart: toDay(c.periodStart), periodEnd: toDay(c.periodEnd) })));
  const placed = sorted.flatMap((claim, i) => (eventIds[i] === null ? [] : [{ id: claim.id, event_id: eventIds[i] }]));
  if (placed.length === 0) return [];
  await tx.$executeRaw`
    UPDATE claims c SET event_id = v.event_id, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(placed)}::jsonb) AS v(id int, event_id int)
    WHERE c.id = v.id`;
  return [...new Set(placed.map((p) => p.event_id))];
}

/** The event of each claim (null for an undated one), and the stored events whose period the claims widened. */
export type PlacedClaims = { eventIds: (number | null)[]; widened: number[] };

/**
 * The event each claim joins, in the order given (the order their ids have or will have),
 * null for an undated one; the events opened or widened are stored. Claims not yet stored
 * are grouped so, and then inserted with their event: one write of each claim, not two
 * (lib/mutations/create-reports-with-claims.ts).
 */
export async function placeClaimsInEvents(tx: EstimatesSql, claims: ClaimToGroup[]): Promise<PlacedClaims> {
  // One grouping at a time: two reports about the same happening, ingested at once,
  // must not open two events. The estimates lock the transaction holds sees to it.
  const dated = claims.flatMap((claim, index) => {
    const span = toDaySpan(claim.periodStart, claim.periodEnd);
    if (span === null) return [];
    const toJoin: ClaimToJoin = { scope: claim.scope, side: String(claim.sideId), place: claim.placeId === null ? null : String(claim.placeId), span };
    return [{ index, toJoin }];
  });
  const joined: (Candidate | null)[] = claims.map(() => null);
  if (dated.length === 0) return { eventIds: joined.map(() => null), widened: [] };
  const events = await findCandidates(tx, dated.map((d) => d.toJoin));
  // The candidates by scope, and by scope and place ("incident|12"): a batch of 250 reports meets a few
  // thousand candidates, and scanning them all for each of its claims cost more of the
  // main thread than the rest of storing the batch.
  const byKey = new Map<string, Candidate[]>();
  const file = (e: Candidate) => {
    for (const key of e.place === null ? [e.scope] : [e.scope, `${e.scope}|${e.place}`]) {
      const list = byKey.get(key);
      if (list) list.push(e);
      else byKey.set(key, [e]);
    }
  };
  events.forEach(file);
  for (const { index, toJoin } of dated) {
    // What the database would answer for this claim now: its scope, its place when it
    // names one, a period overlapping its own (DEFAULT_ADJACENT_DAYS is 0).
    const sameKey = byKey.get(toJoin.place === null ? toJoin.scope : `${toJoin.scope}|${toJoin.place}`) ?? [];
    const offered = sameKey.filter((e) => overlaps(e.span, toJoin.span));
    let event = findEventToJoin(toJoin, offered, DEFAULT_ADJACENT_DAYS);
    if (event) {
      event.span = widenSpan(event.span, toJoin.span);
      event.members = [...event.members, { side: toJoin.side, span: toJoin.span }];
    } else {
      // Opened after every stored event, in arrival order: its order is its future id's.
      event = { id: null, stored: null, order: Number.MAX_SAFE_INTEGER - 1e9 + events.length, scope: toJoin.scope, place: toJoin.place, span: toJoin.span, members: [{ side: toJoin.side, span: toJoin.span }] };
      events.push(event);
      file(event);
    }
    joined[index] = event;
  }
  const widened = await storeEvents(tx, events);
  return { eventIds: joined.map((event) => event?.id ?? null), widened };
}

function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

// The database only narrows: every automatic news event of a claim's scope whose period
// overlaps the claim's (the GiST indexes on the period as a date range, one per scope; scope
// and dataset_id are spelled out so the planner can use them), at the claim's place when it
// names one (incidents: place and period in one GiST index, events_incident_place_range_idx,
// so a day's events elsewhere are never read). A cumulative claim meets only cumulative events of its own place, or with no
// place when it names none (findEventToJoin asks for the same place): those of one place
// are found by place and start (events_cumulative_place_period_start_idx), as a total
// "since 2011" overlaps nearly every cumulative event of the war and the range index would
// hand over tens of thousands; and only those whose period reaches no further past the
// claim's than a same-period member could (cumulativeSlack), or a total "since 2011" met
// every cumulative event of its place, each read with its members. findEventToJoin decides among them. The overlapping events
// are gathered first (MATERIALIZED), or the planner walks the primary key in id order
// looking for them. With DEFAULT_ADJACENT_DAYS above 0 the range would have to be widened
// by as many days.
async function findCandidates(tx: Tx, claims: ClaimToJoin[]): Promise<Candidate[]> {
  const wanted = claims.map((c) => ({ scope: c.scope, place: c.place === null ? null : Number(c.place), start: fromDay(c.span.start), end: fromDay(c.span.end), slack: cumulativeSlack(c.span) }));
  const rows = await tx.$queryRaw<{ id: number; scope: Scope; place_id: number | null; period_start: Date; period_end: Date; members: { side_id: number; start: string | null; end: string | null }[] | null }[]>`
    WITH wanted AS (
      SELECT DISTINCT scope, place, start, "end", slack FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) AS w(scope text, place int, start date, "end" date, slack int)
    ), overlapping AS MATERIALIZED (
      SELECT e.id, 'incident'::"Scope" AS scope, e.place_id, e.period_start, e.period_end
      FROM wanted w JOIN LATERAL (
        SELECT id, place_id, period_start, period_end FROM events
        WHERE scope = 'incident' AND dataset_id IS NULL AND NOT is_manual AND place_id = w.place
          AND daterange(period_start, period_end, '[]') && daterange(w.start, w."end", '[]')
      ) e ON true
      WHERE w.scope = 'incident' AND w.place IS NOT NULL
      UNION
      SELECT e.id, 'incident'::"Scope" AS scope, e.place_id, e.period_start, e.period_end
      FROM wanted w JOIN LATERAL (
        SELECT id, place_id, period_start, period_end FROM events
        WHERE scope = 'incident' AND dataset_id IS NULL AND NOT is_manual
          AND daterange(period_start, period_end, '[]') && daterange(w.start, w."end", '[]')
      ) e ON true
      WHERE w.scope = 'incident' AND w.place IS NULL
      UNION
      SELECT e.id, 'cumulative'::"Scope", e.place_id, e.period_start, e.period_end
      FROM wanted w JOIN LATERAL (
        SELECT id, place_id, period_start, period_end FROM events
        WHERE scope = 'cumulative' AND dataset_id IS NULL AND NOT is_manual AND place_id = w.place
          AND period_start BETWEEN w.start - w.slack AND w."end" AND period_end BETWEEN w.start AND w."end" + w.slack
      ) e ON true
      WHERE w.scope = 'cumulative' AND w.place IS NOT NULL
      UNION
      SELECT e.id, 'cumulative'::"Scope", e.place_id, e.period_start, e.period_end
      FROM wanted w JOIN LATERAL (
        SELECT id, place_id, period_start, period_end FROM events
        WHERE scope = 'cumulative' AND dataset_id IS NULL AND NOT is_manual AND place_id IS NULL
          AND daterange(period_start, period_end, '[]') && daterange(w.start, w."end", '[]')
          AND period_start >= w.start - w.slack AND period_end <= w."end" + w.slack
      ) e ON true
      WHERE w.scope = 'cumulative' AND w.place IS NULL
    )
    SELECT o.id, o.scope, o.place_id, o.period_start, o.period_end,
           CASE WHEN o.scope = 'cumulative' THEN (SELECT json_agg(json_build_object('side_id', c.side_id, 'start', c.period_start, 'end', c.period_end)) FROM claims c WHERE c.event_id = o.id) END AS members
    FROM overlapping o`;
  return rows.map((r) => {
    const span = toDaySpan(toDay(r.period_start), toDay(r.period_end))!;
    return {
      id: r.id,
      stored: span,
      order: r.id,
      scope: r.scope,
      place: r.place_id === null ? null : String(r.place_id),
      span,
      members: (r.members ?? []).flatMap((m) => {
        const span = toDaySpan(m.start, m.end);
        return span ? [{ side: String(m.side_id), span }] : [];
      }),
    };
  });
}

/** Inserts the events opened here (ids taken in opening order) and widens the stored ones that grew (their ids are answered). */
async function storeEvents(tx: Tx, events: Candidate[]): Promise<number[]> {
  const opened = events.filter((e) => e.id === null);
  if (opened.length > 0) {
    const ids = await tx.$queryRaw<{ id: number }[]>`SELECT nextval('events_id_seq')::int AS id FROM generate_series(1, ${opened.length}::int) ORDER BY 1`;
    opened.forEach((e, i) => (e.id = ids[i].id));
    const rows = opened.map((e) => ({ id: e.id, scope: e.scope, place_id: e.place === null ? null : Number(e.place), start: fromDay(e.span.start), end: fromDay(e.span.end) }));
    await tx.$executeRaw`
      INSERT INTO events (id, scope, place_id, period_start, period_end, updated_at)
      SELECT v.id, v.scope::"Scope", v.place_id, v.start, v."end", now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id int, scope text, place_id int, start date, "end" date)`;
  }
  const widened = events.filter((e) => e.stored !== null && (e.stored.start !== e.span.start || e.stored.end !== e.span.end));
  if (widened.length > 0) {
    const rows = widened.map((e) => ({ id: e.id, start: fromDay(e.span.start), end: fromDay(e.span.end) }));
    await tx.$executeRaw`
      UPDATE events e SET period_start = v.start, period_end = v."end", updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id int, start date, "end" date)
      WHERE e.id = v.id`;
  }
  return widened.map((e) => e.id!);
}

function toDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
