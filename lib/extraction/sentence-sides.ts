// What one figure's own words cannot settle, the rest of its sentence can. After
// each figure has its side from sideOfFigure and its outcome from attachOutcomes,
// these rules look across the sentence's figures, in order:
//   - the same noun again names the same group ("Two US servicemembers were killed
//     and three servicemembers wounded");
//   - a side buries its own dead ("supporters prepare the funeral of 4 bodies");
//   - a bare figure shares the noun of the next one ("four killed and 9 injured civilians");
//   - "lost/claimed ... lives" is a killing;
//   - a list item that is a bare number and a place leaves out the noun and the verb of
//     the item before ("12 people were killed in Bab, 19 in Beshtak");
//   - a casualty noun takes the group that modifies it ("SDF martyrs", "bodies of SDF
//     fighters"), and "martyrs" in a side's statement are its own.
import type { Attachment, Figure } from "./attach-outcome";
import type { SentenceFigure } from "./figures";
import { isFightingSide, type SideMention } from "./side-aliases";
import type { SideResult } from "./side-of-figure";
import type { Token } from "./tokens";

const LIFE_VERBS = new Set(["took", "taken", "take", "takes", "cost", "costing", "costs", "claimed", "claiming", "claims", "claim"]);
const FUNERAL = /\b(?:funeral|funerals|burial|buried|burying|mourners|mourned|mourning|condolences)\b/;
/** Casualty nouns a group may modify ("SDF martyrs", "regime deaths"); a verb's subject is its agent instead. */
const CASUALTY_NOUNS = new Set(["martyrs", "martyr", "deaths", "death", "dead", "casualties", "toll", "bodies", "losses", "fatalities"]);
const ELIDED_BEFORE = new Set([",", "and", ";"]);
const ELIDED_AFTER = new Set(["in", "at", "near", "on", "from"]);

export type SentenceSides = {
  tokens: Token[];
  figures: SentenceFigure[];
  /** Updated in place: the outcome each figure's claims have. */
  attached: Map<Figure, Attachment[]>;
  /** Updated in place: the side each figure's claims have. */
  sides: Map<SentenceFigure, SideResult>;
  /** Every side mention of the sentence, and those outside counted phrases. */
  mentions: SideMention[];
  groups: SideMention[];
  agentSides: Set<string>;
  speakerSide: string | null;
  /** The sentence, folded. */
  sentence: string;
  /** The original text between two offsets. */
  original: (start: number, end: number) => string;
};

/** A bare number in a list, followed by where or when: "…, 19 in Beshtak", "and 9 in another". */
function isElidedItem(tokens: Token[], f: SentenceFigure): boolean {
  return f.np.head === null && f.np.i0 === f.np.i1 && !f.q.vague && ELIDED_BEFORE.has(tokens[f.q.q0 - 1]?.t ?? "") && ELIDED_AFTER.has(tokens[f.numberEndToken]?.t ?? "");
}

/** The group on a casualty noun: "SDF martyrs", "the number of SDF “martyrs”", "bodies of SDF fighters". */
function groupOnCasualtyNoun(ctx: SentenceSides, attachment: Attachment | undefined): SideResult | null {
  const trigger = attachment?.trigger;
  const { tokens } = ctx;
  if (!trigger || !CASUALTY_NOUNS.has(tokens[trigger.i0].t)) return null;
  const before = tokens[trigger.i0 - 1]?.t === '"' ? trigger.i0 - 1 : trigger.i0;
  let after = tokens[trigger.i1]?.t === "of" ? trigger.i1 + 1 : -1;
  while (after > 0 && /^(the|its|their|"|')$/.test(tokens[after]?.t ?? "")) after++;
  const modifier = ctx.mentions.find((m) => m.t1 === before || m.t0 === after);
  if (modifier) return { side: modifier.side, text: ctx.original(modifier.start, modifier.end) };
  if (ctx.speakerSide && isFightingSide(ctx.speakerSide) && /^martyr/.test(tokens[trigger.i0].t)) return { side: ctx.speakerSide, text: null };
  return null;
}

export function settleSentenceSides(ctx: SentenceSides): void {
  const { tokens, figures, sides, attached } = ctx;
  const unknown = (f: SentenceFigure) => sides.get(f)?.side === "unknown";
  figures.forEach((f, n) => {
    if (!unknown(f) || !f.np.head) return;
    const same = figures.slice(0, n).reverse().find((g) => g.np.head === f.np.head && !unknown(g));
    if (same) sides.set(f, { side: sides.get(same)!.side, text: null });
  });
  if (FUNERAL.test(ctx.sentence)) {
    const speaker = ctx.speakerSide && isFightingSide(ctx.speakerSide) ? ctx.speakerSide : null;
    const mourner = speaker ?? ctx.groups.find((m) => isFightingSide(m.side) && !ctx.agentSides.has(m.side))?.side ?? null;
    for (const f of figures) if (mourner && unknown(f)) sides.set(f, { side: mourner, text: null });
  }
  figures.forEach((f, n) => {
    const next = figures[n + 1];
    const gap = next ? tokens.slice(f.q.q1, next.q.q0).map((t) => t.t) : [];
    if (next && unknown(f) && f.np.head === null && gap.includes("and") && gap.length <= 3 && next.np.head !== null) sides.set(f, sides.get(next)!);
  });
  figures.forEach((f, n) => {
    let attachments = attached.get(f) ?? [];
    if (!attachments.length && f.np.head === "lives" && LIFE_VERBS.has(tokens[f.q.q0 - 1]?.t ?? "")) {
      attachments = [{ outcomes: ["killed"], trigger: null, how: "before" }];
    }
    const previous = figures[n - 1];
    if (previous && isElidedItem(tokens, f) && attached.get(previous)?.length && (!attachments.length || unknown(f))) {
      if (!attachments.length) attachments = attached.get(previous)!;
      sides.set(f, sides.get(previous)!);
    }
    attached.set(f, attachments);
    if (unknown(f)) {
      const named = groupOnCasualtyNoun(ctx, attachments[0]);
      if (named) sides.set(f, named);
    }
  });
}
