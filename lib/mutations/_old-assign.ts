// Puts newly stored claims into events as they arrive, so the dashboard never has to
// regroup a million claims. Which event a claim joins is decided by findEventToJoin
// (lib/reconciliation), the same function the specification groupClaimsIntoEvents runs:
// this file only fetches the candidates and stores the answer. Claims are placed in id
// order, one at a time, each seeing the events the ones before it opened or widened.
// Undated claims join nothing: they are listed, not charted. Editors' events (is_manual)
// are never offered, so automatic claims never join them.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/claim-vocabulary";
import { DEFAULT_ADJACENT_DAYS, findEventToJoin, fromDayNumber as fromDay, toDaySpan, widenSpan, type ClaimToJoin, type DaySpan, type JoinableEvent } from "@/lib/reconciliation";
import type { EstimatesTx } from "./with-estimates-lock";

type Tx = Prisma.TransactionClient;

export type ClaimToPlace = { id: number; scope: Scope; sideId: number; placeId: number | null; periodStart: Date | null; periodEnd: Date | null };

/** The columns assignClaimsToEvents needs: select them when storing the claims. */
export const CLAIM_TO_PLACE_SELECT = { id: true, scope: true, sideId: true, placeId: true, periodStart: true, periodEnd: true } as const;

type Candidate = JoinableEvent & { id: number };

export async function assignClaimsToEvents(tx: EstimatesTx, claims: ClaimToPlace[]): Promise<number[]> {
  // One grouping at a time: two reports about the same happening, ingested at once,
  // must not open two events. The estimates lock the transaction holds sees to it.
  const touched = new Set<number>();
  for (const claim of [...claims].sort((a, b) => a.id - b.id)) {
    const span = toDaySpan(toDay(claim.periodStart), toDay(claim.periodEnd));
    if (span === null) continue;
    const toJoin: ClaimToJoin = { scope: claim.scope, side: String(claim.sideId), place: claim.placeId === null ? null : String(claim.placeId), span };
    const event = findEventToJoin(toJoin, await findCandidates(tx, toJoin), DEFAULT_ADJACENT_DAYS);
    const eventId = event ? await widenEvent(tx, event, span) : await createEvent(tx, claim, span);
    await tx.claim.update({ where: { id: claim.id }, data: { eventId }, select: { id: true } });
    touched.add(eventId);
  }
  return [...touched];
}

// The database only narrows: every automatic news event of the claim's scope whose period
// overlaps the claim's (the GiST indexes on the period as a date range, one per scope; scope
// and dataset_id are spelled out so the planner can use them), at the claim's place when it
// names one. findEventToJoin decides among them. The overlapping events are gathered first
// (MATERIALIZED), or the planner walks the primary key in id order looking for them.
// With DEFAULT_ADJACENT_DAYS above 0 the range would have to be widened by as many days.
async function findCandidates(tx: Tx, claim: ClaimToJoin): Promise<Candidate[]> {
  const scope = claim.scope === "cumulative" ? Prisma.sql`'cumulative'` : Prisma.sql`'incident'`;
  const samePlace = claim.place === null ? Prisma.empty : Prisma.sql`AND place_id = ${Number(claim.place)}::int`;
  const rows = await tx.$queryRaw<{ id: number; place_id: number | null; period_start: Date; period_end: Date; members: { side_id: number; start: string | null; end: string | null }[] | null }[]>`
    WITH overlapping AS MATERIALIZED (
      SELECT id, place_id, period_start, period_end FROM events
      WHERE scope = ${scope} AND dataset_id IS NULL AND NOT is_manual ${samePlace}
        AND daterange(period_start, period_end, '[]') && daterange(${fromDay(claim.span.start)}::date, ${fromDay(claim.span.end)}::date, '[]')
    )
    SELECT o.id, o.place_id, o.period_start, o.period_end,
           ${claim.scope === "cumulative" ? Prisma.sql`(SELECT json_agg(json_build_object('side_id', c.side_id, 'start', c.period_start, 'end', c.period_end)) FROM claims c WHERE c.event_id = o.id)` : Prisma.sql`NULL::json`} AS members
    FROM overlapping o`;
  return rows.map((r) => ({
    id: r.id,
    order: r.id,
    scope: claim.scope,
    place: r.place_id === null ? null : String(r.place_id),
    span: toDaySpan(toDay(r.period_start), toDay(r.period_end))!,
    members: (r.members ?? []).flatMap((m) => {
      const span = toDaySpan(m.start, m.end);
      return span ? [{ side: String(m.side_id), span }] : [];
    }),
  }));
}

async function widenEvent(tx: Tx, event: Candidate, span: DaySpan): Promise<number> {
  const wider = widenSpan(event.span, span);
  if (wider.start !== event.span.start || wider.end !== event.span.end) {
    await tx.event.update({ where: { id: event.id }, data: { periodStart: new Date(fromDay(wider.start)), periodEnd: new Date(fromDay(wider.end)) }, select: { id: true } });
  }
  return event.id;
}

async function createEvent(tx: Tx, claim: ClaimToPlace, span: DaySpan): Promise<number> {
  const event = await tx.event.create({
    data: { scope: claim.scope, placeId: claim.placeId, periodStart: new Date(fromDay(span.start)), periodEnd: new Date(fromDay(span.end)) },
    select: { id: true },
  });
  return event.id;
}

function toDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

