// Links each figure to the words saying what happened to those counted. In order:
// a trigger right before it ("killed 10", "the death of at least 30"), one after
// it ("10 ... were killed", "45 dead"), one before it reached through a list
// ("killed 10 members ... and six civilians"), or the verb of the figure before it
// when it only names who they were ("363 of those killed were YPG, 16 were volunteers").
import { AUXILIARIES, CLAUSE_BREAKS, COPULAS, REPORTING_VERBS } from "./lexicon";
import type { NounPhrase } from "./noun-phrase";
import type { Trigger } from "./outcome-triggers";
import type { Quantity } from "./quantities";
import type { Token } from "./tokens";
import type { Outcome } from "./types";

export type Figure = { q: Quantity; np: NounPhrase; subcount?: boolean };
export type Attachment = { outcomes: Outcome[]; trigger: Trigger | null; how: "before" | "after" | "list" | "copula" };

/** Triggers that only count right before a figure ("lost 42 militants"). */
const ADJACENT_ONLY = new Set(["lost", "seized", "hostage", "prisoner", "captive", "toll"]);
/** Nouns that name a toll as a subject: "the death toll ... ranged between 56 and 200". */
const SUBJECT_TRIGGERS = new Set(["toll", "dead"]);
/** Verbs that give a toll its figure: "was 142", "rose to 3", "stood at 50", "is more like 300 to 400". */
const PREDICATIVE = new Set(["was", "were", "is", "are", "at", "to", "reached", "ranged", "like", "hit", "stands", "stood", "totalled", "totaled"]);
const COORDINATORS = [["and"], ["as", "well", "as"], ["plus"], ["including"], ["among", "them"], ["and", "another"], ["while"], ["in", "addition", "to"], ["besides"], ["along", "with"]];
const SKIPPABLE_BEFORE = new Set(['"', "'", "the", "of", "a", "an", "some", "another", "further", "at", "was", "were", "is", "to", "as"]);

function isCoordinated(tokens: Token[], q0: number): boolean {
  let k = q0 - 1;
  if (tokens[k]?.t === ",") k--;
  return COORDINATORS.some((c) => c.every((w, n) => tokens[k - c.length + 1 + n]?.t === w)) || (tokens[q0 - 1]?.t === "," && tokens[q0 - 2]?.t === "and");
}

function triggerEndingAt(triggers: Trigger[], i: number): Trigger | undefined {
  return triggers.find((t) => t.i1 - 1 === i);
}

/** "killed at least 16", "the death of 22", "claiming the lives of around 300". */
function findBefore(tokens: Token[], triggers: Trigger[], q: Quantity): Trigger | null {
  let k = q.q0 - 1;
  for (let skipped = 0; k >= 0 && skipped < 3; skipped++) {
    const trig = triggerEndingAt(triggers, k);
    if (trig) return trig.pre || COPULAS.has(tokens[q.q0 - 1]?.t) ? trig : null;
    if (!SKIPPABLE_BEFORE.has(tokens[k].t)) return null;
    k--;
  }
  return null;
}

/** "10 members ..., including ..., were killed", "two civilians dead", "33 others were injured". */
function findAfter(tokens: Token[], triggers: Trigger[], figures: Figure[], f: Figure, end: number): Trigger | null {
  let j = f.np.trigger ? f.np.i0 : f.np.i1;
  let words = 0;
  let skippedFigure = false;
  while (j < end && words < 9) {
    const trig = triggers.find((t) => t.i0 === j);
    // "who were helping the injured": a casualty word after "the" names people, it is no predicate.
    if (trig && tokens[j - 1]?.t === "the" && trig.i1 - trig.i0 === 1) {
      j = trig.i1;
      continue;
    }
    if (trig) {
      const next = trig.pre && figures.find((g) => g.q.q0 === trig.i1);
      const reducedCapture = skippedFigure && trig.outcomes.includes("captured") && !AUXILIARIES.has(tokens[j - 1]?.t ?? "");
      if (reducedCapture) return null;
      // "lost" alone ("lost 42 militants") must touch its figure; "lost their lives" need not.
      const adjacentOnly = ADJACENT_ONLY.has(tokens[j].t) && trig.i1 - trig.i0 === 1;
      if (trig.post && !next && !adjacentOnly) return trig;
      if (trig.post && !next && adjacentOnly && words === 0) return trig;
      return null;
    }
    const tok = tokens[j];
    // "were documented killed", "were reported dead": a reporting participle right before the outcome is part of it.
    const reportedOutcome = REPORTING_VERBS.has(tok.t) && triggers.some((t) => t.i0 === j + 1 && t.post);
    if (CLAUSE_BREAKS.has(tok.t) || tok.t === "." || (REPORTING_VERBS.has(tok.t) && !reportedOutcome)) return null;
    const other = figures.find((g) => g.q.q0 === j);
    // "Five children were among 15 people killed": the part shares its total's outcome.
    const amongTotal = other && (tokens[j - 1]?.t === "among" || (tokens[j - 1]?.t === "the" && tokens[j - 2]?.t === "among"));
    if (other && amongTotal) {
      j = Math.max(other.np.i1, other.q.q1);
      continue;
    }
    if (other) {
      if (!isCoordinated(tokens, j) || /^(whom|them|which)$/.test(tokens[other.q.q1 + 1]?.t ?? "")) return null;
      j = Math.max(other.np.i1, other.q.q1);
      skippedFigure = true;
      continue;
    }
    if (tok.t === "(") {
      const close = tokens.findIndex((t, n) => n > j && t.t === ")");
      j = close === -1 ? j + 1 : close + 1;
      continue;
    }
    if (tok.kind === "word" && !AUXILIARIES.has(tok.t)) words++;
    j++;
  }
  return null;
}

/** Back through a list to the verb that governs it: "killed 10 ... and six civilians". */
function findThroughList(tokens: Token[], triggers: Trigger[], figures: Figure[], f: Figure, start: number): Trigger | null {
  let coordinated = isCoordinated(tokens, f.q.q0);
  let passedFigure = false;
  const predicative = PREDICATIVE.has(tokens[f.q.q0 - 1]?.t ?? "");
  for (let k = f.q.q0 - 1, steps = 0; k >= start && steps < 40; k--, steps++) {
    const tok = tokens[k];
    if (CLAUSE_BREAKS.has(tok.t) && !(tok.t === "while" && passedFigure)) return null;
    const trig = triggerEndingAt(triggers, k);
    if (trig) {
      if (ADJACENT_ONLY.has(tokens[trig.i1 - 1].t) && !SUBJECT_TRIGGERS.has(tokens[trig.i1 - 1].t)) return null;
      // A verb between this figure and the one before belongs to that one ("200 of whom were killed and 700 ...").
      if (!passedFigure && !predicative && !SUBJECT_TRIGGERS.has(tokens[trig.i1 - 1].t)) return null;
      // "Among the dead were 4 women and 3 children": a toll noun as subject governs the whole list.
      return trig.pre || predicative || (passedFigure && SUBJECT_TRIGGERS.has(tokens[trig.i1 - 1].t)) ? trig : null;
    }
    const other = figures.find((g) => g.q.q1 - 1 === k || (g.np.i1 - 1 === k && g.np.i1 > g.np.i0));
    if (other && other !== f) {
      if (!coordinated) return null;
      passedFigure = true;
      coordinated = isCoordinated(tokens, other.q.q0);
      k = other.q.q0;
      if (coordinated) continue;
      // The first item of the list: its own verb, if any, governs the rest.
      coordinated = true;
    }
  }
  return null;
}

export function attachOutcomes(tokens: Token[], triggers: Trigger[], figures: Figure[], start: number, end: number): Map<Figure, Attachment[]> {
  const result = new Map<Figure, Attachment[]>();
  let previous: Attachment | null = null;
  for (const f of figures) {
    const found: Attachment[] = [];
    const before = findBefore(tokens, triggers, f.q);
    const after = f.np.trigger ?? (f.np.deadAdjective || f.np.woundedAdjective ? null : findAfter(tokens, triggers, figures, f, end));
    if (f.np.deadAdjective) found.push({ outcomes: ["killed"], trigger: null, how: "after" });
    else if (f.np.woundedAdjective) found.push({ outcomes: ["wounded"], trigger: null, how: "after" });
    else if (before && !(after && figures.some((g) => g !== f && Math.max(g.q.q1, g.np.i1) === before.i0))) {
      found.push({ outcomes: before.outcomes, trigger: before, how: "before" });
    }
    if (after && !found.some((a) => a.outcomes.join() === after.outcomes.join())) {
      // A captured relative clause after a killing verb adds a claim ("executed 12 fighters who were captured").
      if (found.length === 0 || after.outcomes.includes("captured")) found.push({ outcomes: after.outcomes, trigger: after, how: "after" });
    }
    if (found.length === 0 || (found.length === 1 && found[0].outcomes.join() === "captured" && found[0].how === "after")) {
      const listed = findThroughList(tokens, triggers, figures, f, start);
      if (listed && !found.some((a) => a.outcomes.join() === listed.outcomes.join())) found.push({ outcomes: listed.outcomes, trigger: listed, how: "list" });
    }
    // Parts listed after "including" share the verb of their total.
    if (found.length === 0 && previous && f.subcount) found.push({ ...previous, how: "list" });
    // "352 persons, 85 of whom are civilians": a part of the figure before, named by what it is.
    const partOfPrevious = f.np.partitive && /^(whom|them)$/.test(tokens[f.q.q1 + 1]?.t ?? "") && COPULAS.has(tokens[f.q.q1 + 2]?.t);
    if (found.length === 0 && previous && ((!f.np.partitive && COPULAS.has(tokens[f.q.q1]?.t)) || partOfPrevious)) {
      found.push({ outcomes: previous.outcomes, trigger: previous.trigger, how: "copula" });
    }
    if (found.length) previous = found[0];
    result.set(f, found);
  }
  return result;
}
