// Events still collecting claims. Reports are generated in date order, so an
// event's later claims come from later reports of other claimants within a few
// days; events older than the window, or full, stop taking claims. Every claim of
// an event gets the event's place and period, so they group as the app would.
import type { Outcome, Scope } from "@/lib/extraction/types";
import type { Rng } from "./rng";

export type OpenEvent = {
  id: number;
  scope: Scope;
  start: number;
  end: number;
  placeId: number;
  sideKey: string;
  outcome: Outcome;
  base: number;
  capacity: number;
  claimantIds: number[];
  lastReportId: number;
};

/** Claims per event: one to six, mostly few (the brief's "1-6 claims each"). */
export const EVENT_SIZES: [number, number][] = [[1, 22], [2, 26], [3, 22], [4, 14], [5, 9], [6, 7]];
const WINDOW_DAYS = 10;
const TRIES = 4;

export class EventPool {
  private events: OpenEvent[] = [];
  private head = 0;

  add(event: OpenEvent): void {
    if (event.capacity > event.claimantIds.length) this.events.push(event);
  }

  /** An open event of this scope a claim of `claimantId` in report `reportId` (published on `day`) may join. */
  find(rng: Rng, scope: Scope, day: number, claimantId: number, reportId: number): OpenEvent | null {
    this.prune(day);
    const size = this.events.length - this.head;
    if (size === 0) return null;
    for (let i = 0; i < TRIES; i++) {
      const e = this.events[this.head + Math.floor(rng.next() * size)];
      const open = e.claimantIds.length < e.capacity && e.end <= day && day - e.end <= WINDOW_DAYS;
      if (open && e.scope === scope && e.lastReportId !== reportId && !e.claimantIds.includes(claimantId)) return e;
    }
    return null;
  }

  join(event: OpenEvent, claimantId: number, reportId: number): void {
    event.claimantIds.push(claimantId);
    event.lastReportId = reportId;
  }

  /** Drops events from the front once they end before the window (roughly date-ordered). */
  private prune(day: number): void {
    while (this.head < this.events.length) {
      const e = this.events[this.head];
      if (day - e.end <= WINDOW_DAYS && e.claimantIds.length < e.capacity) break;
      this.head++;
    }
    if (this.head > 4096 && this.head * 2 > this.events.length) {
      this.events = this.events.slice(this.head);
      this.head = 0;
    }
  }
}
