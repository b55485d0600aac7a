// The synthetic data set, generated report by report in date order (2014-2018),
// without a database: ids are assigned here, so batches can be COPY'd as they come.
// About ten claims per report; every claim is a sentence of its report's text.
import { createHash } from "node:crypto";
import type { Outcome, Scope } from "@/lib/extraction/types";
import type { ConflictProfile } from "@/lib/profiles/schema";
import { claimantRows, outletRows, placeRows } from "./catalog";
import { claimSentence, cumulativePeriodText, filler, incidentPeriodText, TextBuilder } from "./claim-text";
import { dayOf, isoDay, spokenDay } from "./days";
import { EVENT_SIZES, EventPool, type OpenEvent } from "./event-pool";
import { makeBaseToll, makeFigure } from "./figures";
import { createRng, type Rng } from "./rng";
import type { Batch, ClaimRow, ReportRow, ReviewStatus } from "./rows";

export type GeneratorOptions = { claims: number; seed: number; profile: ConflictProfile; sideIds: Map<string, number> };

export const FIRST_DAY = dayOf("2014-01-01");
export const DAYS = dayOf("2018-12-31") - FIRST_DAY + 1;

const SIDE_WEIGHTS: Record<string, number> = { regime: 30, is: 25, kurdish: 15, rebels: 12, civilians: 10, coalition: 3, mixed: 3, unknown: 2 };
const OUTCOMES: [Outcome, number][] = [["killed", 75], ["wounded", 18], ["captured", 7]];
const REVIEW: [ReviewStatus, number][] = [["pending", 85], ["accepted", 7], ["rejected", 5], ["corrected", 3]];

type ReportContext = { id: number; outletId: number; day: number; leadPlaceId: number; text: TextBuilder };

export class BenchDataGenerator {
  readonly outlets = outletRows();
  readonly claimants = claimantRows();
  readonly places;
  private readonly rng: Rng;
  private readonly pool = new EventPool();
  private readonly sides: [string, number][];
  private readonly sideTexts = new Map<string, string[]>();
  private readonly hashes = new Set<string>();
  private readonly totalReports: number;
  private remaining: number;
  private reportIndex = 0;
  private nextClaimId = 1;
  private nextEventId = 1;

  constructor(private readonly options: GeneratorOptions) {
    this.rng = createRng(options.seed);
    this.places = placeRows(options.profile);
    this.remaining = options.claims;
    this.totalReports = Math.max(1, Math.round(options.claims / 10));
    this.sides = options.profile.sides.map((s) => [s.key, SIDE_WEIGHTS[s.key] ?? 2]);
    for (const s of options.profile.sides) this.sideTexts.set(s.key, s.aliases.length ? s.aliases.slice(0, 4) : ["fighters"]);
  }

  get done(): boolean {
    return this.remaining <= 0;
  }

  nextBatch(maxReports: number): Batch | null {
    if (this.done) return null;
    const batch: Batch = { reports: [], events: [], claims: [] };
    while (!this.done && batch.reports.length < maxReports) batch.reports.push(this.report(batch));
    return batch;
  }

  private report(batch: Batch): ReportRow {
    const rng = this.rng;
    const id = ++this.reportIndex;
    // Dates spread evenly over the five years; the last reports may exceed the estimate slightly.
    const day = FIRST_DAY + Math.min(DAYS - 1, Math.floor(((id - 1) * DAYS) / this.totalReports));
    const outlet = rng.weighted(this.outlets.map((o) => [o, o.weight] as const));
    const leadPlace = rng.chance(0.7) ? this.places[rng.int(0, 59)] : rng.pick(this.places);
    const ctx: ReportContext = { id, outletId: outlet.id, day, leadPlaceId: leadPlace.id, text: new TextBuilder(rng) };
    ctx.text.add(`${spokenDay(day)} (${outlet.name}): fighting was reported in and around ${leadPlace.name}.`);
    const count = Math.min(this.remaining, rng.int(4, 16));
    for (let i = 0; i < count; i++) {
      if (rng.chance(0.2)) ctx.text.add(filler(rng));
      batch.claims.push(this.claim(ctx, batch));
    }
    this.remaining -= count;
    let text = ctx.text.text();
    let textHash = sha256(text);
    while (this.hashes.has(textHash)) {
      text += " The report was updated."; // appended after every quote: offsets stay valid
      textHash = sha256(text);
    }
    this.hashes.add(textHash);
    const title = `${outlet.name}: casualties in ${leadPlace.name}, ${spokenDay(day)}`;
    return { id, outletId: outlet.id, title, url: `${outlet.url}/${id}`, publishedOn: isoDay(day), text, textHash, claimCount: count };
  }

  private claim(r: ReportContext, batch: Batch): ClaimRow {
    const rng = this.rng;
    const ownVoice = rng.chance(0.4);
    const claimant = ownVoice ? this.claimants[r.outletId - 1] : this.claimants[rng.int(20, this.claimants.length - 1)];
    let event: OpenEvent | null = null;
    if (rng.chance(0.95)) {
      const scope: Scope = rng.chance(0.85) ? "incident" : "cumulative";
      event = rng.chance(0.62) ? this.pool.find(rng, scope, r.day, claimant.id, r.id) : null;
      if (event) this.pool.join(event, claimant.id, r.id);
      else event = this.newEvent(scope, r, claimant.id, batch);
    }
    const sideKey = event && rng.chance(0.75) ? event.sideKey : rng.weighted(this.sides);
    const outcome = event && rng.chance(0.85) ? event.outcome : rng.weighted(OUTCOMES);
    const figure = makeFigure(rng, event?.base ?? makeBaseToll(rng));
    const placeId = event ? event.placeId : rng.chance(0.5) ? r.leadPlaceId : null;
    const place = placeId ? this.places[placeId - 1].name : null;
    const periodText = !event ? null : event.scope === "cumulative" ? cumulativePeriodText(event.start) : incidentPeriodText(event.start, event.end);
    const sideText = rng.pick(this.sideTexts.get(sideKey)!);
    const sentence = claimSentence(rng, { claimant: claimant.name, ownVoice, numberText: figure.numberText, sideText, outcome, place, periodText });
    const [spanStart, spanEnd] = r.text.add(sentence);
    return {
      id: this.nextClaimId++, reportId: r.id, outletId: r.outletId, publishedOn: isoDay(r.day), claimantId: claimant.id,
      sideId: this.options.sideIds.get(sideKey)!, sideText, outcome, ...figure, quote: sentence, spanStart, spanEnd,
      placeId, placeText: place, periodText,
      periodStart: event ? isoDay(event.start) : null, periodEnd: event ? isoDay(event.end) : null,
      periodPrecision: !event ? null : event.start === event.end || event.scope === "cumulative" ? "day" : "week",
      scope: event?.scope ?? "incident", reviewStatus: rng.weighted(REVIEW), eventId: event?.id ?? null,
    };
  }

  private newEvent(scope: Scope, r: ReportContext, claimantId: number, batch: Batch): OpenEvent {
    const rng = this.rng;
    const end = Math.max(FIRST_DAY, r.day - rng.weighted([[0, 50], [1, 30], [2, 15], [3, 5]]));
    const length = scope === "cumulative" ? rng.int(14, 365) : rng.weighted([[0, 70], [1, 15], [2, 7], [rng.int(3, 6), 8]]);
    const start = Math.max(FIRST_DAY, end - length);
    const placeId = rng.chance(0.6) ? r.leadPlaceId : rng.pick(this.places).id;
    const event: OpenEvent = {
      id: this.nextEventId++, scope, start, end, placeId, sideKey: rng.weighted(this.sides), outcome: rng.weighted(OUTCOMES),
      base: makeBaseToll(rng), capacity: rng.weighted(EVENT_SIZES), claimantIds: [claimantId], lastReportId: r.id,
    };
    this.pool.add(event);
    batch.events.push({ id: event.id, scope, periodStart: isoDay(start), periodEnd: isoDay(end), placeId });
    return event;
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
