// Gives each claim the period it covers. In order: time words in its own sentence
// ("on Thursday", "since May 30"); the claim it refers back to ("609 of those
// killed"); time words earlier in its paragraph or the one before; the first time
// words of the report; the publication day. A report dated only by month, or not
// at all, gets dates only from explicit dates in its text.
import { addDays } from "./dates";
import type { SentenceFigure } from "./figures";
import { type DateContext, type Period, resolveTimeExpr } from "./resolve-period";
import type { Sentence, Span } from "./sentences";
import type { Doubt } from "./confidence";
import type { TimeExpr } from "./time-expressions";
import type { ExtractedClaim, ReportMeta } from "./types";

export type Draft = {
  sentence: number;
  paragraph: number;
  figure: SentenceFigure | null;
  /** "609 of those killed", "another 6": the figure continues the one before. */
  backReference: boolean;
  /** What the extractor was unsure of, for the claim's confidence. */
  doubts: Doubt[];
  claim: DraftClaim;
};

/** A claim before its canonical names and confidence are added, last. */
export type DraftClaim = Omit<ExtractedClaim, "claimantCanonical" | "placeCanonical" | "confidence" | "confidenceReason">;

type Resolved = { expr: TimeExpr; period: Period | null };

function dateContext(meta: ReportMeta, times: TimeExpr[], text: string): DateContext {
  const [y, m] = (meta.published ?? "").split("-").map(Number);
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((x) => Number(x[1]));
  return {
    pubDay: meta.publishedPrecision === "day" ? meta.published : null,
    pubYear: meta.publishedPrecision === "unknown" ? null : y,
    pubMonth: meta.publishedPrecision === "unknown" ? null : m,
    textYear: years.length ? years.reduce((a, b) => Math.max(a, b)) : null,
    openStart: null,
  };
}

function apply(claim: DraftClaim, when: string | null, period: Period | null): void {
  claim.when = when;
  claim.periodStart = period?.start ?? null;
  claim.periodEnd = period?.end ?? null;
  claim.periodPrecision = period?.precision ?? null;
  if (period?.cumulative) claim.scope = "cumulative";
}

export function assignPeriods(drafts: Draft[], times: TimeExpr[], sentences: Sentence[], paragraphs: Span[], meta: ReportMeta, text: string): void {
  const ctx = dateContext(meta, times, text);
  const usable = times.filter((t) => !t.dateline);
  const first: Resolved[] = usable.map((expr) => ({ expr, period: resolveTimeExpr(expr, ctx) }));
  const starts = first.map((r) => r.period?.start).filter((d): d is string => !!d && (!ctx.pubDay || d <= ctx.pubDay)).sort();
  ctx.openStart = starts[0] ?? null;
  const resolved: Resolved[] = usable.map((expr) => ({ expr, period: resolveTimeExpr(expr, ctx) }));
  // Date words stand for claims that have none, nearest first: later in the same
  // paragraph ("... were killed. The attack took place on Tuesday"), then the lead
  // (the first paragraphs: "on Thursday" there dates the whole report), then the
  // first date words of the report that fall in the week before publication (news
  // is about the last few days: "late May" in a report of 25 June is another
  // episode), then the publication day. Words that open a total ("since May 30")
  // date cumulative claims, not incidents, and never stand in. Without a
  // publication day, the first date words of the report are the best guess left.
  const datesIncident = (r: Resolved) => !!r.period && !r.expr.since && !r.expr.speech && !r.expr.until;
  const pubPeriod: Period | null = ctx.pubDay ? { start: ctx.pubDay, end: ctx.pubDay, precision: "day", cumulative: false } : null;
  const weekBefore = ctx.pubDay ? addDays(ctx.pubDay, -7) : null;
  const leadEnd = paragraphs[Math.min(2, paragraphs.length - 1)]?.end ?? 0;
  // The same for every claim of the report: found once.
  const reportWide = (): Resolved | undefined => {
    const lead = resolved.find((r) => r.expr.end <= leadEnd && datesIncident(r));
    if (lead) return lead;
    if (weekBefore) {
      // "SOHR said on Saturday that ...": when it was said stands for when it happened if nothing better is known.
      const recent = (r: Resolved) => !!r.period && !r.expr.since && !r.expr.until && !r.period.cumulative && r.period.end >= weekBefore;
      return resolved.find((r) => recent(r) && !r.expr.speech) ?? resolved.find(recent);
    }
    return resolved.find(datesIncident) ?? resolved.find((r) => !!r.period);
  };
  let reportWideFallback: { value: Resolved | undefined } | null = null;
  // Date words are ordered by start: a claim looks only at its own neighbourhood, never
  // the whole list (a long one-paragraph text would make that quadratic).
  const firstFrom = (at: number) => {
    let lo = 0;
    let hi = resolved.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (resolved[mid].expr.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const fallbackFor = (at: number, para: Span): Resolved | undefined => {
    for (let i = firstFrom(at); i < resolved.length && resolved[i].expr.start <= para.end; i++) {
      const r = resolved[i];
      if (r.expr.end <= para.end && datesIncident(r) && !r.period!.cumulative) return r;
    }
    return (reportWideFallback ??= { value: reportWide() }).value;
  };
  let lastCumulative: Draft | undefined;

  drafts.forEach((d, k) => {
    const before = drafts[k - 1];
    if (before?.claim.scope === "cumulative" && before.claim.periodStart) lastCumulative = before;
    const s = sentences[d.sentence];
    const at = d.claim.numberStart;
    const own: Resolved[] = [];
    for (let i = firstFrom(s.start); i < resolved.length && resolved[i].expr.start < s.end; i++) if (resolved[i].expr.end <= s.end) own.push(resolved[i]);
    if (own.length) {
      const pick = [...own].sort((a, b) => Number(b.expr.since) - Number(a.expr.since) || Number(a.expr.speech) - Number(b.expr.speech) || Math.abs(a.expr.start - at) - Math.abs(b.expr.start - at))[0];
      // "since the group launched an offensive two months ago": the date later in the clause starts the period.
      const anchor = pick.expr.base.type === "open" ? own.find((r) => r !== pick && r.expr.start > pick.expr.end && r.expr.start - pick.expr.end < 90 && r.period && !r.expr.speech && !r.expr.until) : undefined;
      if (anchor?.period && ctx.pubDay && anchor.period.start <= ctx.pubDay) {
        return apply(d.claim, text.slice(pick.expr.start, anchor.expr.end), { start: anchor.period.start, end: ctx.pubDay, precision: "month", cumulative: true });
      }
      // "from the beginning of the offensive": the offensive dated by an earlier cumulative claim.
      const earlier = lastCumulative;
      if (pick.expr.base.type === "open" && pick.period && earlier?.claim.periodStart && earlier.claim.periodStart <= pick.period.end) {
        return apply(d.claim, pick.expr.text, { ...pick.period, start: earlier.claim.periodStart });
      }
      return apply(d.claim, pick.expr.text, pick.period);
    }
    const prev = drafts[k - 1];
    if (prev && (d.backReference || prev.sentence === d.sentence)) {
      d.claim.scope = prev.claim.scope;
      return apply(d.claim, prev.claim.when, prev.claim.periodStart ? { start: prev.claim.periodStart, end: prev.claim.periodEnd!, precision: prev.claim.periodPrecision!, cumulative: prev.claim.scope === "cumulative" } : null);
    }
    const para = paragraphs[d.paragraph];
    const prevPara = paragraphs[d.paragraph - 1];
    // The last date words before the figure, in its paragraph or the one before.
    const from = prevPara ? Math.min(prevPara.start, para.start) : para.start;
    let recent: Resolved | undefined;
    for (let i = firstFrom(at) - 1; i >= 0 && resolved[i].expr.start >= from; i--) {
      const r = resolved[i];
      if (!r.expr.speech && r.expr.end <= at) {
        recent = r;
        break;
      }
    }
    if (recent) return apply(d.claim, recent.expr.text, recent.period);
    const fallback = fallbackFor(at, para);
    if (fallback) return apply(d.claim, null, fallback.period && { ...fallback.period, cumulative: fallback.period.cumulative && fallback.expr.end <= leadEnd });
    apply(d.claim, null, pubPeriod);
  });
}
