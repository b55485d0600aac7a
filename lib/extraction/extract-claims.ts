// The extractor's main loop: for each sentence, find figures, link each to what
// happened (killed, wounded, captured) and whose dead they were, then give every
// claim its claimant, place and period. Pure and deterministic.
import type { ConflictProfile } from "@/lib/profiles/schema";
import { findClaimantEntry } from "@/lib/profiles/claimants";
import { resolveDescribedClaimants } from "./claimant-coreference";
import { findProfilePlace } from "@/lib/profiles/resolve-place-name";
import { findAgents } from "./agents";
import { type Doubt, scoreConfidence } from "./confidence";
import { attachOutcomes } from "./attach-outcome";
import { clauseClaimants, findClaimant, outletClaimant } from "./claimant";
import { DEFAULT_CONVENTION } from "./conventions";
import { findFigures, type SentenceFigure } from "./figures";
import { foldText } from "./normalize";
import { findTriggers } from "./outcome-triggers";
import { assignPeriods, type Draft } from "./assign-period";
import { bestPlace, findDateline, isDatelineAt, isRunningTotal, placesIn, wholeWarPlace } from "./place";
import { quoteSpan } from "./quote-span";
import { aliasIndex, findSideMentions, isFightingSide, type SideMention } from "./side-aliases";
import { settleSentenceSides } from "./sentence-sides";
import { sideOfFigure } from "./side-of-figure";
import { epithetSides, speakerSide } from "./stance";
import { splitParagraphs, splitSentences } from "./sentences";
import { findTimeExpressions } from "./time-expressions";
import { tokenize } from "./tokens";
import { markMixedTotals } from "./mixed-totals";
import type { ExtractedClaim, ExtractOptions, Outcome, ReportMeta } from "./types";
import { findZeroClaims } from "./zero-claims";

/** Aliases that only say "troops": inside a total's breakdown they are the total's side. */
const GENERIC_FORCE_WORDS = new Set(["troops", "soldiers", "soldier", "army", "servicemen", "forces"]);

/**
 * The place in the figure's own stretch of the sentence, from its number up to the next
 * figure ("12 killed in Bab, 19 in Beshtak": Beshtak for 19), else null for the sentence's best.
 */
function placeOfFigure(candidates: ReturnType<typeof placesIn>, tokens: ReturnType<typeof tokenize>, figures: SentenceFigure[], n: number, text: string): string | null {
  const from = tokens[figures[n].q.q0].start;
  const stretch = (k: number) => {
    const end = figures[k + 1] ? tokens[figures[k + 1].q.q0].start : Infinity;
    return candidates.filter((c) => c.at >= tokens[figures[k].q.q0].start && c.at < end);
  };
  const own = stretch(n);
  if (own.length && own.length < candidates.length) return bestPlace(own, from);
  // "two citizens died and about 12 others were injured in al-Wa'er": coordinated figures
  // share the place named after the last of them.
  if (!own.length && figures[n + 1]) {
    const between = text.slice(from, tokens[figures[n + 1].q.q0].start);
    const next = stretch(n + 1);
    if (between.length < 80 && /\band\s*$/.test(between) && !/[;:]|\bwhile\b/.test(between) && next.length && next.length < candidates.length) return bestPlace(next, from);
  }
  // A later figure's stretch names its own place ("in the city of Palmyra, where 14 civilians
  // died and 12 fighters ..."): a figure with none takes the scene set before it (its most
  // specific place), not a place of some later clause.
  if (!own.length && n > 0) {
    const before = candidates.filter((c) => c.at < from);
    if (before.length) return bestPlace(before, from);
  }
  return null;
}

/**
 * "Medical sources in the hospital of Aziziyah told ARA News that Hasakah’s battles left two
 * dead": a place in the attribution says where the source is; when the reported clause that
 * holds the figure names a place of its own, that one is the claim's.
 */
const ATTRIBUTION_THAT = /\b(?:told|said|reported|added|stated|confirmed|announced|claimed)\b(?:\s+[\p{L}’'.-]+){0,4}?\s+that\b/gu;
function reportedPlaces(candidates: ReturnType<typeof placesIn>, text: string, s: { start: number; end: number }, numStart: number): ReturnType<typeof placesIn> {
  let boundary = -1;
  for (const m of text.slice(s.start, numStart).matchAll(ATTRIBUTION_THAT)) boundary = s.start + (m.index ?? 0) + m[0].length;
  if (boundary < 0) return candidates;
  const reported = candidates.filter((c) => c.at >= boundary);
  return reported.length ? reported : candidates;
}

export function extractClaims(text: string, meta: ReportMeta, profile: ConflictProfile, options: ExtractOptions = {}): ExtractedClaim[] {
  const convention = options.convention ?? DEFAULT_CONVENTION;
  const folded = foldText(text);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text);
  const times = findTimeExpressions(folded, text, paragraphs);
  const index = aliasIndex(profile);
  const epithets = epithetSides(profile);
  const outletName = outletClaimant(meta.outlet, profile);
  const dateline = findDateline(text, profile);
  const original = (s: number, e: number) => text.slice(s, e);

  const drafts: Draft[] = [];
  const groups: SideMention[][] = [];
  const reportSides = new Map<string, number>();
  let previousClaimant: string | null = null;
  let claimantParagraph = -1;

  let timeCursor = 0; // sentences and time expressions are both in text order
  sentences.forEach((s, si) => {
    const tokens = tokenize(folded, text, s.start, s.end);
    while (timeCursor < times.length && times[timeCursor].end <= s.start) timeCursor++;
    const sentenceTimes: typeof times = [];
    for (let i = timeCursor; i < times.length && times[i].start < s.end; i++) if (times[i].end > s.start) sentenceTimes.push(times[i]);
    const isTimeWord = (i: number) => tokens[i].kind === "clock" || sentenceTimes.some((t) => t.start <= tokens[i].start && tokens[i].end <= t.end);
    const figures = findFigures(tokens, convention, isTimeWord);
    const triggers = findTriggers(tokens);
    const attached = attachOutcomes(tokens, triggers, figures, 0, tokens.length);
    const mentions = findSideMentions(tokens, 0, tokens.length, index);
    // Groups named inside a count ("50 Syrian forces or loyal militia fighters") are victims, not actors.
    const inCount = (m: SideMention) =>
      figures.some((f) => {
        const end = Math.max(f.np.i1, f.q.q1);
        const listed = /^(and|or|,)$/.test(tokens[end]?.t ?? "") ? end + 5 : end;
        return m.t0 >= f.q.q0 && m.t1 <= listed;
      });
    // Who killed is not who died: in its own sentence an agent is never the context a
    // generic noun takes its side from (later sentences may still mean it).
    const agents = findAgents({ tokens, triggers, mentions, isFigureStart: (i) => figures.some((f) => f.q.q0 === i) });
    const agentSides = new Set(agents.filter((m) => !inCount(m)).map((m) => m.side));
    groups[si] = mentions.filter((m) => !inCount(m));
    // What the report is about: the groups it names, and (after the sentence, below) the
    // groups it counted ("42 ISIS mercenaries" in the headline says what "42 mercenaries" means).
    for (const m of groups[si]) reportSides.set(m.side, (reportSides.get(m.side) ?? 0) + 1);
    const paragraph = paragraphs[s.paragraph];
    // A headline restates or sums the body's figures in few words: the first paragraph, short and unpunctuated.
    const inHeadline = s.paragraph === 0 && paragraph.end - paragraph.start < 160 && !/[.!?]["”']?\s*$/.test(text.slice(paragraph.start, paragraph.end));
    const who = findClaimant(text, s, paragraph, { profile, outletName, previous: previousClaimant, previousInParagraph: claimantParagraph === s.paragraph });
    const speaker = speakerSide(who.claimant, outletName, meta.outlet, profile, index);
    if (who.named) {
      previousClaimant = who.claimant;
      claimantParagraph = s.paragraph;
    }
    let placesCache: ReturnType<typeof placesIn> | null = null;
    let clauseSources: ((at: number) => string | null) | null = null;
    const places = () => (placesCache ??= placesIn(text, s.start, s.end, profile).filter((c) => !isDatelineAt(text, c.at, c.written.length)));

    // "The source said another 4 were captured": "another" reaches back to the last claim of the paragraph.
    const lastDraft = drafts[drafts.length - 1];
    let previousSide: string | null = lastDraft && lastDraft.paragraph === s.paragraph ? lastDraft.claim.side : null;
    const sides = new Map<SentenceFigure, ReturnType<typeof sideOfFigure>>();
    figures.forEach((f, n) => {
      const earlierGroups = [...groups.slice(Math.max(0, si - 3), si).flat(), ...groups[si].filter((m) => m.t1 <= f.q.q0)];
      const side = sideOfFigure(f, { tokens, index, earlierGroups, previousSide, sentenceEnd: tokens.length, agentSides, speakerSide: speaker, epithetSides: epithets, reportSides }, figures[n + 1]?.q.q0 ?? tokens.length, original);
      sides.set(f, side);
      previousSide = side.side;
    });
    settleSentenceSides({ tokens, figures, attached, sides, mentions, groups: groups[si], agentSides, speakerSide: speaker, sentence: folded.slice(s.start, s.end), original });
    figures.forEach((f: SentenceFigure, n) => {
      const attachments = attached.get(f) ?? [];
      let side = sides.get(f)!;
      if (!attachments.length) return;
      // Parts of a total listed after "including": a generic word for troops is the total's
      // side ("four Americans, including two troops"); a part is kept only when it names
      // another fighting side than its total (a breakdown of one side repeats it).
      const total = f.subcount ? [...figures.slice(0, n)].reverse().find((g) => !g.subcount) : undefined;
      const totalSide = total ? sides.get(total)?.side : undefined;
      if (f.subcount && totalSide && isFightingSide(totalSide) && side.text && GENERIC_FORCE_WORDS.has(foldText(side.text))) side = { side: totalSide, text: side.text };
      if (f.subcount && (side.side === "civilians" || side.side === "unknown" || side.side === "mixed" || side.side === totalSide)) return;
      const numStart = tokens[f.q.q0].start;
      const numEnd = tokens[f.numberEndToken - 1].end;
      const backReference = f.np.partitive || /^(another|other|rest)$/.test(tokens[f.q.q0].t);
      const claimant = (clauseSources ??= clauseClaimants(text, s, profile))(numStart) ?? who.claimant;
      // One place per figure, whatever its outcomes.
      const here = reportedPlaces(places(), text, s, numStart);
      const location = placeOfFigure(here, tokens, figures, n, text) ?? bestPlace(here, numStart) ?? wholeWarPlace(text.slice(s.start, s.end), f.q.low, profile);
      for (const att of attachments) {
        const doubts: Doubt[] = [];
        if (side.side === "unknown") doubts.push("side not named");
        else if (side.text === null) doubts.push("side taken from context");
        if (inHeadline) doubts.push("figure in a headline");
        if (att.how === "list" || att.how === "copula") doubts.push("outcome read through a list");
        if (claimant !== outletName && !findClaimantEntry(profile, claimant)) doubts.push("claimant not in the registry");
        if (f.q.vague) doubts.push("vague quantity");
        if (backReference) doubts.push("refers back to an earlier figure");
        for (const outcome of att.outcomes as Outcome[]) {
          const span = quoteSpan(tokens, text, s, f, att.trigger);
          drafts.push({
            sentence: si, paragraph: s.paragraph, figure: f, doubts,
            backReference,
            claim: {
              quote: text.slice(span.start, span.end), spanStart: span.start, spanEnd: span.end,
              numberText: text.slice(numStart, numEnd), numberStart: numStart, numberEnd: numEnd,
              side: side.side, sideText: side.text, outcome,
              qualifier: f.q.qualifier, low: f.q.low, high: f.q.high, point: f.q.point,
              vagueTerm: f.q.vagueTerm, convention: f.q.vague ? convention : null,
              claimant, location,
              when: null, periodStart: null, periodEnd: null, periodPrecision: null, scope: "incident",
            },
          });
        }
      }
    });

    for (const m of mentions) if (inCount(m) && isFightingSide(m.side)) reportSides.set(m.side, (reportSides.get(m.side) ?? 0) + 1);

    for (const z of findZeroClaims(folded, s.start, s.end)) {
      // The subject of "No hostage was harmed" / "The hostages ... were otherwise unharmed".
      const subjectSpan = z.subject ? { start: z.start, end: z.end } : z.outcome === "wounded" && /unharmed/.test(folded.slice(z.start, z.end)) ? { start: s.start, end: z.start } : null;
      const subjectTokens = subjectSpan ? tokenize(folded, text, subjectSpan.start, subjectSpan.end) : [];
      const subject = findSideMentions(subjectTokens, 0, Math.min(subjectTokens.length, 4), index)[0]?.side;
      drafts.push({
        sentence: si, paragraph: s.paragraph, figure: null, backReference: false,
        doubts: [...(subject ? [] : (["side not named"] as Doubt[])), ...(inHeadline ? (["figure in a headline"] as Doubt[]) : [])],
        claim: {
          quote: text.slice(z.start, z.end), spanStart: z.start, spanEnd: z.end,
          numberText: text.slice(z.start, z.end), numberStart: z.start, numberEnd: z.end,
          side: subject ?? "unknown", sideText: null, outcome: z.outcome, qualifier: "exact", low: 0, high: 0, point: 0,
          vagueTerm: null, convention: null, claimant: who.claimant, location: bestPlace(places(), z.start),
          when: null, periodStart: null, periodEnd: null, periodPrecision: null, scope: "incident",
        },
      });
    }
  });

  markMixedTotals(drafts);
  assignPeriods(drafts, times, sentences, paragraphs, meta, text);

  // A claim with no place of its own takes the one an earlier claim of its paragraph
  // has, else the first place its paragraph names before it (a paragraph sets its
  // scene first: "clashes in the south of the city of al-Hasakah ... The clashes
  // killed 30"; later names in passing are details), else the dateline, else the
  // place the headline names.
  const headline = paragraphs.length ? bestPlace(placesIn(text, 0, paragraphs[Math.min(1, paragraphs.length - 1)].end, profile), 0) : null;
  // Running state, not a look back over all earlier claims: a long paragraph stays linear.
  type Placed = { paragraph: number; location: string };
  let placed = null as Placed | null;
  // Each paragraph's specific places (rank 3 and up), read once: its first sets the scene for
  // its claims; its last, where the story stands when it ends, serves the next paragraph.
  type Named = { written: string; end: number };
  const named = new Map<number, { first: Named | null; last: string | null }>();
  const namedIn = (p: number) => {
    let found = named.get(p);
    if (!found) {
      const specific = placesIn(text, paragraphs[p].start, paragraphs[p].end, profile).filter((c) => c.rank >= 3).sort((x, y) => x.at - y.at);
      const first = specific[0];
      const last = specific.filter((c) => !isDatelineAt(text, c.at, c.written.length)).at(-1);
      found = {
        first: first ? { written: first.written.replace(/\s+/g, " ").trim(), end: first.at + first.written.length } : null,
        last: last ? last.written.replace(/\s+/g, " ").trim() : null,
      };
      named.set(p, found);
    }
    return found;
  };
  const sceneOf = (p: number) => namedIn(p).first;
  const lastOf = (p: number) => namedIn(p).last;
  // Where the story last stood: the last place of the nearest earlier paragraph that names
  // one, looking back over a paragraph or two that name none ("He added that the troops
  // fled ..." between the battle's place and "Scores of dead soldiers ...").
  const LOOK_BACK = 2;
  // A running total ("the toll has risen to 352 since June") is not about the last incident's
  // village: it looks back one paragraph only, then to the dateline and headline.
  const recentScene = (p: number, cumulative: boolean) => {
    for (let q = p - 1; q >= Math.max(1, p - (cumulative ? 1 : LOOK_BACK)); q--) {
      const last = lastOf(q);
      if (last) return last;
    }
    return null;
  };
  for (const d of drafts) {
    if (!d.claim.location) {
      const same: string | null = placed && placed.paragraph === d.paragraph ? placed.location : null;
      const first = same ? null : sceneOf(d.paragraph);
      d.claim.location = same ?? (first && first.end <= d.claim.spanStart ? first.written : null) ?? recentScene(d.paragraph, d.claim.scope === "cumulative" || isRunningTotal(text.slice(sentences[d.sentence].start, sentences[d.sentence].end))) ?? dateline ?? headline;
    }
    if (d.claim.location) placed = { paragraph: d.paragraph, location: d.claim.location };
  }
  const claimants = resolveDescribedClaimants(drafts.map((d) => d.claim.claimant), profile);
  return drafts.map((d, k) => ({
    ...d.claim,
    claimant: claimants[k].claimant,
    claimantCanonical: claimants[k].entry?.name ?? null,
    placeCanonical: d.claim.location ? (findProfilePlace(profile, d.claim.location)?.name ?? null) : null,
    // A description resolved through the report ("a monitor" -> SOHR) is in the registry after all.
    ...scoreConfidence(claimants[k].entry ? d.doubts.filter((x) => x !== "claimant not in the registry") : d.doubts),
  }));
}
