// Decides whose dead a figure counts, from the profile's aliases: in the figure's
// own words ("20 IS members"), through "N others" (the side of the figure before),
// "people, mostly militants" (mixed), a list of sides ("civilians and regime
// troops": mixed), "N of those killed were YPG" (after the verb), "200 of whom"
// (the group counted before), a toll of fighting or of a war (mixed), or, for
// generic fighters ("killing 38 terrorists"), the group named last outside a count.
import { COMBATANT_NOUNS } from "./lexicon";
import { OWN_SIDE_WORDS } from "./stance";
import type { Figure } from "./attach-outcome";
import { triggerAt } from "./outcome-triggers";
import { type AliasIndex, findSideMentions, isFightingSide, type SideMention } from "./side-aliases";
import type { Token } from "./tokens";

export type SideResult = { side: string; text: string | null };

const MOSTLY = new Set(["mostly", "mainly", "majority", "largely", "predominantly", "chiefly"]);
const GENERIC_HEADS = new Set(["people", "persons", "individuals", "lives", "deaths", "dead", "bodies", "casualties", "victims"]);
/** A toll of fighting between sides, or of a whole war, counts every side. */
const BATTLE_WORDS = new Set(["fighting", "clashes", "clash", "battle", "battles", "skirmish", "skirmishes", "conflict", "war", "combat", "hostilities", "violence", "unrest", "uprising", "crisis", "revolution"]);
/** Words for troops of no army in particular ("soldiers"), which the profile gives to the state's side by default. */
const GENERIC_TROOPS = new Set(["soldier", "soldiers", "troops", "servicemen", "serviceman", "forces", "army"]);
const LIST_ENDS = new Set([",", ";", ".", "-", "—", ")", "when", "while", "as", "after", "in", "on"]);

export type SideContext = {
  tokens: Token[];
  index: AliasIndex;
  /** Mentions of groups outside counted phrases, earlier in the report (for generic fighters). */
  earlierGroups: SideMention[];
  /** The side given to the figure before this one in the sentence. */
  previousSide: string | null;
  sentenceEnd: number;
  /** Sides named in the sentence as who killed ("by ISIS", "YPG fighters killed"): never the side of the dead from context. */
  agentSides: Set<string>;
  /** The side the sentence's speaker (claimant, else outlet) speaks for, when known. */
  speakerSide: string | null;
  /** Each partisan word of the profile and the sides it may stand for. */
  epithetSides: Map<string, Set<string>>;
  /** How often each side has been named (outside counts) in the report so far: what the report is about. */
  reportSides?: Map<string, number>;
};

type Text = (s: number, e: number) => string;

/** Tokens from `from` up to the first list end or trigger, at most `max`. */
function runUntilBreak(tokens: Token[], from: number, max: number, end: number): number {
  let j = from;
  while (j < Math.min(end, from + max) && !LIST_ENDS.has(tokens[j].t) && !(j > from && triggerAt(tokens, j))) j++;
  return j;
}

function sidesIn(ctx: SideContext, from: number, to: number): SideMention[] {
  return findSideMentions(ctx.tokens, from, Math.min(to, ctx.sentenceEnd), ctx.index);
}

/** Prepositions that attach a group to the counted noun: "fighters from the NDF", "gunmen loyal to the regime", "a leader in IS", "112 dead among pro-government forces". */
const ATTACHMENTS = [["from"], ["of"], ["among"], ["in"], ["loyal", "to"], ["belonging", "to"], ["affiliated", "with"], ["affiliated", "to"], ["linked", "to"], ["within"], ["with"]];
const BEFORE_GROUP = new Set(["the", "a", "an", "so-called", '"', "'", "its", "their", "so", "called", "-"]);

/** The group a prepositional phrase right after the counted noun attaches to it, if any. */
function attachedGroup(ctx: SideContext, f: Figure): SideMention | null {
  const { tokens } = ctx;
  // "loyal" may have been read into the phrase as its last word ("12 gunmen loyal | to regime").
  for (let j = Math.max(f.np.i0 + 1, f.np.i1 - 1); j <= f.np.i1; j++) {
    const prep = ATTACHMENTS.find((p) => p.every((w, n) => tokens[j + n]?.t === w));
    if (!prep) continue;
    if ((prep[0] === "in" || prep[0] === "with" || prep[0] === "within") && !(f.np.head && (COMBATANT_NOUNS.has(f.np.head) || LEADER_NOUNS.has(f.np.head)))) continue;
    let k = j + prep.length;
    while (k < ctx.sentenceEnd && BEFORE_GROUP.has(tokens[k].t)) k++;
    const found = sidesIn(ctx, k, Math.min(k + 6, ctx.sentenceEnd))[0];
    if (found && found.t0 === k) return found;
  }
  return null;
}

/** A second casualty verb whose object noun is left out: "killed 5 soldiers and wounded 12". */
const ELIDING_VERBS = new Set(["wounded", "injured", "killed", "captured", "abducted", "kidnapped", "wounding", "injuring", "killing", "capturing"]);
/** Verbs whose subject counts its own dead: "X lost 9 men". */
const LOSS_VERBS = new Set(["lost", "lose", "loses", "losing", "mourned", "mourns", "buried", "buries"]);
/** Where the clause holding a subject begins. */
const CLAUSE_START = new Set([",", ";", ":", "while", "whereas", "and", "but", "that", '"', "“"]);

const LEADER_NOUNS = new Set(["leader", "leaders", "commander", "commanders", "emir", "emirs", "official", "officials", "officer", "officers", "member", "members", "fighter", "fighters"]);
/** "50 of its members", "two of their fighters": the group the possessive points back to. */
const POSSESSIVE_PARTITIVE = new Set(["its", "their", "his", "her"]);

export function sideOfFigure(f: Figure, ctx: SideContext, nextFigureStart: number, text: Text): SideResult {
  const { tokens } = ctx;
  const own = sidesIn(ctx, f.np.i0, f.np.i1);
  const after = f.np.i1;
  const head = f.np.head;
  const at = (k: number) => tokens[k]?.t ?? "";
  if (own.length) {
    // "Four soldiers of the Turkish army": a word for troops in general gives way to the army
    // the phrase after it names.
    if (GENERIC_TROOPS.has(text(own[0].start, own[0].end).toLowerCase())) {
      const named = own.find((m) => m.side !== own[0].side && /^(of|from)$/.test(at(m.t0 - 1) === "the" ? at(m.t0 - 2) : at(m.t0 - 1))) ?? attachedGroup(ctx, f);
      if (named && named.side !== own[0].side) return { side: named.side, text: text(named.start, named.end) };
    }
    // "civilians, regime troops and militiamen": a list naming two sides is a total across them.
    const listed = /^(and|or|,)$/.test(at(after)) ? sidesIn(ctx, after, Math.min(after + 5, nextFigureStart)) : [];
    const sides = new Set([own[0].side, ...listed.map((m) => m.side)]);
    if (sides.size > 1) return { side: "mixed", text: text(tokens[f.np.i0].start, tokens[Math.max(f.np.i1, listed[listed.length - 1].t1) - 1].end) };
    return { side: own[0].side, text: text(own[0].start, own[0].end) };
  }
  // "93 fighters from both sides", "17 dead on both sides": a total across the sides.
  if (/^(on|from|of)$/.test(at(after)) && at(after + 1) === "both" && /^(sides|parties|camps)$/.test(at(after + 2))) return { side: "mixed", text: text(tokens[after].start, tokens[after + 2].end) };
  // "112 dead among pro-government forces": the group the dead are counted among.
  if (/^(dead|killed|casualties|wounded|injured)$/.test(at(after)) && at(after + 1) === "among") {
    let k = after + 2;
    while (k < ctx.sentenceEnd && BEFORE_GROUP.has(tokens[k].t)) k++;
    const among = sidesIn(ctx, k, k + 6)[0];
    if (among && among.t0 === k) return { side: among.side, text: text(among.start, among.end) };
  }
  const attached = attachedGroup(ctx, f);
  if (attached) return { side: attached.side, text: text(attached.start, attached.end) };
  if (f.np.partitive && POSSESSIVE_PARTITIVE.has(at(f.q.q1 + 1))) {
    // "ISIS executed 15 of its own fighters": "own" points back to the subject, the killer included.
    const ownDead = at(f.q.q1 + 2) === "own";
    // "An IS commander and 4 of his aides": a person's men are of the person counted just before.
    if (/^(his|her)$/.test(at(f.q.q1 + 1)) && ctx.previousSide && isFightingSide(ctx.previousSide)) return { side: ctx.previousSide, text: null };
    const owner = [...ctx.earlierGroups].reverse().find((m) => isFightingSide(m.side) && (ownDead || !ctx.agentSides.has(m.side)));
    if (owner) return { side: owner.side, text: null };
  }
  if ((head === "others" || head === "other" || at(f.q.q0) === "another") && ctx.previousSide) return { side: ctx.previousSide, text: null };
  // "Nearly 50 civilians were killed and around 70 wounded", "killed 5 soldiers and wounded 12":
  // the noun is left out, not changed.
  const elided = at(f.q.q0 - 1) === "and" || (ELIDING_VERBS.has(at(f.q.q0 - 1)) && at(f.q.q0 - 2) === "and");
  if (head === null && f.np.i0 === f.np.i1 && elided && ctx.previousSide) return { side: ctx.previousSide, text: null };
  // "people, mostly militants" / "35 people, majority civilians": mixed unless the rest are civilians.
  for (let j = after; j < Math.min(after + 3, ctx.sentenceEnd); j++) {
    if (!MOSTLY.has(at(j))) continue;
    const what = sidesIn(ctx, j + 1, j + 6);
    if (what[0]?.side === "civilians") return { side: "civilians", text: text(tokens[j].start, what[0].end) };
    return { side: "mixed", text: text(tokens[j].start, tokens[Math.min(j + 1, ctx.sentenceEnd - 1)].end) };
  }
  // "250 people, including pro-government fighters and their families": two sides -> mixed.
  const including = tokens.findIndex((t, k) => k >= after && k < Math.min(nextFigureStart + 1, ctx.sentenceEnd) && t.t === "including");
  if (including !== -1 && (head === null || GENERIC_HEADS.has(head))) {
    const sides = new Set(sidesIn(ctx, including + 1, runUntilBreak(tokens, including + 1, 12, ctx.sentenceEnd)).map((m) => m.side));
    if (sides.size > 1 || [...sides].some(isFightingSide)) return { side: "mixed", text: null };
  }
  // "Another 363 of those killed were members of the YPG", "16 were Kurdish volunteers".
  let k = f.np.i1;
  while (k < ctx.sentenceEnd && /^(were|was|are|is|all|also)$/.test(at(k))) k++;
  if (k > f.np.i1 && (f.np.i0 === f.np.i1 || f.np.partitive || head === null) && !triggerAt(tokens, k)) {
    const complement = sidesIn(ctx, k, runUntilBreak(tokens, k, 12, ctx.sentenceEnd));
    const notOnly = at(k) === "not" && at(k + 1) === "only";
    if (complement.length && notOnly) return { side: "mixed", text: null };
    if (complement.length) return { side: complement[0].side, text: text(complement[0].start, complement[0].end) };
  }
  // "352 persons, 85 of whom are civilians": the part is what the copula says it is.
  if (f.np.partitive && /^(whom|them)$/.test(at(f.q.q1 + 1)) && /^(were|was|are|is)$/.test(at(f.q.q1 + 2))) {
    const from = f.q.q1 + 3;
    const complement = sidesIn(ctx, from, runUntilBreak(tokens, from, 6, ctx.sentenceEnd));
    if (complement.length) return { side: complement[0].side, text: text(complement[0].start, complement[0].end) };
  }
  // "200 of whom", "killed 2 of them": the group counted or named just before.
  if (f.np.partitive && /^(whom|them|which|these)$/.test(at(f.q.q1 + 1))) {
    if (ctx.previousSide && ctx.previousSide !== "unknown") return { side: ctx.previousSide, text: null };
    const group = [...ctx.earlierGroups].reverse().find((m) => isFightingSide(m.side) && !ctx.agentSides.has(m.side));
    if (group) return { side: group.side, text: null };
  }
  // "Government forces lost 9 men", "while the rebels lost 3": the dead are the loser's own.
  const lost = LOSS_VERBS.has(at(f.q.q0 - 1)) ? f.q.q0 - 1 : -1;
  if (lost > 0) {
    let from = lost - 1;
    while (from > 0 && !CLAUSE_START.has(at(from - 1))) from--;
    const subject = sidesIn(ctx, from, lost).pop();
    if (subject) return { side: subject.side, text: text(subject.start, subject.end) };
  }
  // "The number of dead soldiers rose to 27", "the toll among the rebels reached 40": the
  // running count's subject names whose dead it counts.
  if (head === null || GENERIC_HEADS.has(head)) {
    const rose = at(f.q.q0 - 1) === "to" && /^(rose|risen|climbed|increased|reached|jumped|risen|grew)$/.test(at(f.q.q0 - 2)) ? f.q.q0 - 2 : at(f.q.q0 - 1) === "at" ? f.q.q0 - 1 : -1;
    if (rose > 0) {
      let from = rose - 1;
      while (from > 0 && !CLAUSE_START.has(at(from - 1)) && rose - from < 12) from--;
      const counted = tokens.slice(from, rose).findIndex((t, n) => (t.t === "number" && at(from + n + 1) === "of") || t.t === "toll");
      const subject = counted >= 0 ? sidesIn(ctx, from + counted, rose).pop() : undefined;
      if (subject && !ctx.agentSides.has(subject.side)) return { side: subject.side, text: text(subject.start, subject.end) };
    }
  }
  // "IS accounted for 609 of those killed".
  if (/^(for|up|comprised|included)$/.test(at(f.q.q0 - 1))) {
    const subject = sidesIn(ctx, 0, f.q.q0).pop();
    if (subject) return { side: subject.side, text: text(subject.start, subject.end) };
  }
  // "our comrades", "12 martyrs" in a statement of a side: that side's own dead.
  const words = tokens.slice(f.np.i0, f.np.i1).map((t) => t.t);
  if (ctx.speakerSide && isFightingSide(ctx.speakerSide) && ((head && OWN_SIDE_WORDS.has(head)) || words.includes("our"))) return { side: ctx.speakerSide, text: null };
  // "Clashes between IS and the YPG killed 12 fighters": fighters of a fight between two
  // sides, with neither named as the killer, are of both.
  if (head && COMBATANT_NOUNS.has(head) && !words.some((w) => ctx.epithetSides.has(w))) {
    const between = tokens.findIndex((t, k) => k < f.q.q0 && t.t === "between");
    if (between !== -1) {
      const two = sidesIn(ctx, between + 1, Math.min(between + 10, f.q.q0));
      const sides = new Set(two.filter((m) => isFightingSide(m.side)).map((m) => m.side));
      if (sides.size === 2 && ![...sides].some((x) => ctx.agentSides.has(x)) && two.some((m, n) => n > 0 && at(m.t0 - 1) === "and" || at(m.t0 - 2) === "and")) return { side: "mixed", text: null };
    }
  }
  // Generic fighters take the side of the group last named outside a count, not the
  // killers'; a speaker's epithet for its enemies ("terrorists") never its own side.
  const epithet = words.find((w) => ctx.epithetSides.has(w));
  if (head && (COMBATANT_NOUNS.has(head) || epithet)) {
    const candidates = [...ctx.earlierGroups]
      .reverse()
      .filter((m) => isFightingSide(m.side) && !ctx.agentSides.has(m.side) && !(epithet && m.side === ctx.speakerSide));
    // An epithet prefers a group it can name ("jihadists": IS or the rebels, not the army named last).
    const meant = epithet ? ctx.epithetSides.get(epithet) : undefined;
    const group = (meant && candidates.find((m) => meant.has(m.side))) ?? candidates[0];
    if (group) return { side: group.side, text: null };
    // No group named nearby: a partisan word means the enemy the report is about, the side
    // it names most that the word can stand for ("militants" in a report on rebel shelling).
    if (meant && ctx.reportSides) {
      const enemy = [...ctx.reportSides].filter(([side]) => meant.has(side) && side !== ctx.speakerSide && !ctx.agentSides.has(side)).sort((a, b) => b[1] - a[1]);
      if (enemy.length && (enemy.length === 1 || enemy[0][1] > enemy[1][1])) return { side: enemy[0][0], text: null };
    }
  }
  if (head === null || GENERIC_HEADS.has(head)) {
    for (let j = 0; j < ctx.sentenceEnd; j++) if (BATTLE_WORDS.has(at(j)) && at(j + 1) !== "for") return { side: "mixed", text: null };
  }
  return { side: "unknown", text: null };
}
