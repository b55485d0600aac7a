// Which kept rows a write remakes (lib/mutations/refresh-event-estimates.ts), as SQL
// conditions on each table. An editor's correction, a merge or a split remakes every row
// of the events it touched ("whole" events). Ingest only adds claims, and an estimate is
// made from the claims of its own key alone:
//   - an event's estimate of one side and outcome (event_estimates) from that side's and
//     outcome's claims in the event; its all-sides total (event_totals) from that outcome's
//     estimates;
//   - a source's estimate of an event (source_event_estimates) from that source's claims.
// So claims added to an event change only the rows of their own side and outcome, and
// of their own outlet and claimant: a widely reported event's other rows stay as they are,
// and adding a claim costs what the claim touches, not how much the event held before.
// Except where the new claims widened a stored event's period, which every row of the
// event carries: such an event is remade whole.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Outcome } from "@/lib/claim-vocabulary";
import { SOURCE_COLUMN, type SourceKind } from "./source-estimates";

export type AddedClaim = { eventId: number; sideId: number; outcome: Outcome; outletId: number; claimantId: number };
export type RefreshScope = { whole: number[]; added: AddedClaim[] };

/** Every row of these events. */
export function wholeEvents(events: number[]): RefreshScope {
  return { whole: [...new Set(events)], added: [] };
}

/** The rows claims added to events change; `widened`: the stored events whose period they widened. */
export function addedClaims(added: AddedClaim[], widened: number[]): RefreshScope {
  const whole = new Set(widened);
  const keys = new Map(added.filter((a) => !whole.has(a.eventId)).map((a) => [`${a.eventId}:${a.sideId}:${a.outcome}:${a.outletId}:${a.claimantId}`, a]));
  return { whole: [...whole], added: [...keys.values()] };
}

/** Every event with a row to remake. */
export function scopeEvents(scope: RefreshScope): number[] {
  return [...new Set([...scope.whole, ...scope.added.map((a) => a.eventId)])];
}

/**
 * `alias.event_id` among the scope's events, and either a whole event or one of `keys`
 * (column names, each with its values from the added claims).
 */
function within(scope: RefreshScope, alias: string, keys: [column: Prisma.Sql, values: Prisma.Sql][]): Prisma.Sql {
  const event = Prisma.raw(`${alias}.event_id`);
  const whole = Prisma.sql`${event} = ANY(${scope.whole}::int[])`;
  if (scope.added.length === 0) return whole;
  const columns = Prisma.join([event, ...keys.map(([column]) => column)]);
  const values = Prisma.join([Prisma.sql`${scope.added.map((a) => a.eventId)}::int[]`, ...keys.map(([, v]) => v)]);
  return Prisma.sql`${event} = ANY(${scopeEvents(scope)}::int[]) AND (${whole} OR (${columns}) IN (SELECT * FROM unnest(${values})))`;
}

const col = (alias: string, name: string) => Prisma.raw(`${alias}.${name}`);
const sides = (scope: RefreshScope) => Prisma.sql`${scope.added.map((a) => a.sideId)}::int[]`;
const outcomes = (scope: RefreshScope) => Prisma.sql`${scope.added.map((a) => a.outcome)}::"Outcome"[]`;

/** Claims (`c`) or event_estimates rows (`alias`) of the event estimates to remake: by event, side and outcome. */
export function estimateKeys(scope: RefreshScope, alias: string): Prisma.Sql {
  return within(scope, alias, [
    [col(alias, "side_id"), sides(scope)],
    [col(alias, "outcome"), outcomes(scope)],
  ]);
}

/** event_totals rows (`alias`) to remake, or the event_estimates rows they are made of: by event and outcome. */
export function totalKeys(scope: RefreshScope, alias: string): Prisma.Sql {
  return within(scope, alias, [[col(alias, "outcome"), outcomes(scope)]]);
}

/** Claims (`c`) the estimates of sources of `kind` are remade from: by event and that source. */
export function sourceClaimKeys(scope: RefreshScope, kind: SourceKind): Prisma.Sql {
  const ids = Prisma.sql`${scope.added.map((a) => (kind === "outlet" ? a.outletId : a.claimantId))}::int[]`;
  return within(scope, "c", [[SOURCE_COLUMN[kind], ids]]);
}

/** source_event_estimates rows (`alias`) to remake: by event and source (kind and id). */
export function sourceRowKeys(scope: RefreshScope, alias: string): Prisma.Sql {
  // Each added claim names two sources: its outlet and its claimant.
  const both: RefreshScope = { whole: scope.whole, added: [...scope.added, ...scope.added] };
  const kinds = Prisma.sql`${scope.added.map(() => "outlet").concat(scope.added.map(() => "claimant"))}::"SourceKind"[]`;
  const ids = Prisma.sql`${scope.added.map((a) => a.outletId).concat(scope.added.map((a) => a.claimantId))}::int[]`;
  return within(both, alias, [
    [col(alias, "source_kind"), kinds],
    [col(alias, "source_id"), ids],
  ]);
}
