// Words that say what happened to the people counted, including euphemisms
// ("lost their lives", "fell martyr", "made the ultimate sacrifice") and nouns
// ("the death of", "death toll"). Each trigger says whether it can stand before
// the figure ("killed 10", "the death of 10") and/or after it ("10 were killed",
// "10 dead", "24 civilians among the dead").
import { matchesAt, type Token, words } from "./tokens";
import type { Outcome } from "./types";

export type TriggerForm = { pre: boolean; post: boolean };
export type TriggerDef = { phrase: string[]; outcomes: Outcome[] } & TriggerForm;
export type Trigger = { i0: number; i1: number; outcomes: Outcome[] } & TriggerForm;

const def = (phrases: string[], outcomes: Outcome[], pre: boolean, post: boolean): TriggerDef[] =>
  phrases.map((p) => ({ phrase: words(p), outcomes, pre, post }));

const K: Outcome[] = ["killed"];
const W: Outcome[] = ["wounded"];
const C: Outcome[] = ["captured"];
const KW: Outcome[] = ["killed", "wounded"];

const DEFS: TriggerDef[] = [
  // Killed and wounded together ("killing and injuring dozens", "kill and wound about 30").
  ...def(["killing and injuring", "killing and wounding", "killed and injured", "killed and wounded", "kill and wound", "kill and injure", "killed or injured", "killed or wounded", "dead and wounded", "dead and injured", "dead or wounded", "dead or injured"], KW, true, true),
  // Killed.
  ...def(["killed", "kill", "kills", "executed", "execute", "executes", "massacred", "beheaded", "slaughtered", "murdered", "shot dead", "gunned down"], K, true, true),
  // Verbs of militaries' and militias' own statements ("eliminated 5 terrorists", "3 jihadists were neutralised").
  ...def(["eliminated", "eliminate", "eliminates", "neutralized", "neutralised", "neutralize", "neutralise", "liquidated", "liquidate"], K, true, true),
  ...def(["eliminating", "neutralizing", "neutralising", "liquidating", "the martyrdom of", "martyrdom of", "the elimination of"], K, true, false),
  ...def(["the injury of", "injury of", "the injuries of", "the wounding of", "the injuring of"], W, true, false),
  ...def(["killing", "executing", "gunning down", "murdering", "beheading", "the killing of", "the death of", "the deaths of", "the execution of", "the lives of", "lives of", "death toll", "toll", "the bodies of", "lost", "the dead"], K, true, false),
  ...def(["dead", "died", "die", "dies", "deaths", "death", "martyred", "martyrs", "slain", "perished", "lost their lives", "lost his life", "lost her life", "lose their lives", "losing their lives", "have lost their lives", "fell martyr", "fell martyrs", "fallen martyrs", "were martyred", "made the ultimate sacrifice", "gave their lives", "among the dead", "amongst the dead", "among those killed", "of those killed", "of the dead", "were among the dead", "bodies", "corpses", "killed in action"], K, false, true),
  // Wounded.
  ...def(["wounded", "injured", "hurt"], W, true, true),
  ...def(["wounding", "injuring", "wounds", "injure", "wound"], W, true, false),
  ...def(["injuries", "suffered injuries", "suffered wounds", "were hurt", "among the injured", "among the wounded", "of the injured", "of the wounded"], W, false, true),
  // Captured: people taken, never places ("the capture of the village").
  ...def(["captured", "arrested", "detained", "abducted", "kidnapped", "taken hostage", "taken prisoner", "taken captive", "held hostage", "remain captured", "being held", "hostage", "prisoner", "captive", "surrendered", "laid down their arms", "handed themselves over", "turned themselves in"], C, false, true),
  ...def(["captured", "arrested", "detained", "abducted", "kidnapped", "capturing", "arresting", "detaining", "abducting", "kidnapping", "took hostage", "taking hostage", "seized"], C, true, false),
];

// Longest phrases first so "lost their lives" wins over "lost"; indexed by first word.
const BY_FIRST_WORD = new Map<string, TriggerDef[]>();
for (const d of [...DEFS].sort((a, b) => b.phrase.length - a.phrase.length)) {
  BY_FIRST_WORD.set(d.phrase[0], [...(BY_FIRST_WORD.get(d.phrase[0]) ?? []), d]);
}

/** Words a count can start with: "tens", "dozens", "at least", "more than", "a few", "two". */
const COUNT_STARTS = new Set(["tens", "dozens", "scores", "hundreds", "thousands", "several", "many", "some", "at", "more", "about", "nearly", "around", "over", "up", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);

/** The trigger that starts at token i, or null. Forms of the same phrase are merged. */
export function triggerAt(tokens: Token[], i: number): Trigger | null {
  let found = null as Trigger | null;
  const candidates = BY_FIRST_WORD.get(tokens[i]?.t ?? "");
  if (!candidates) return null;
  for (const d of candidates) {
    if (found && d.phrase.length < found.i1 - found.i0) break;
    if (!matchesAt(tokens, i, d.phrase)) continue;
    const current = found as Trigger | null;
    if (!current) found = { i0: i, i1: i + d.phrase.length, outcomes: d.outcomes, pre: d.pre, post: d.post };
    else if (d.outcomes.join() === current.outcomes.join()) found = { ...current, pre: current.pre || d.pre, post: current.post || d.post };
  }
  if (!found) return null;
  // "the capture of the village", "a death sentence": nouns about things, not people.
  const w = tokens[i].t;
  // "wound" is a verb when a count follows it ("kill 26 and wound tens of others").
  const countFollows = tokens[i + 1]?.kind === "number" || COUNT_STARTS.has(tokens[i + 1]?.t ?? "");
  if ((w === "death" || (w === "wound" && !countFollows)) && tokens[i + 1]?.t !== "of" && tokens[i - 1]?.kind !== "number") return null;
  // "the death toll", and "put the toll at 15", "the toll rose to 30": not "a heavy toll on the economy".
  if (w === "toll" && tokens[i - 1]?.t !== "death" && !(tokens[i - 1]?.t === "the" && /^(at|to|of|among|rose|has|had|stood|reached|climbed|stands)$/.test(tokens[i + 1]?.t ?? ""))) return null;
  return found;
}

/** All triggers in the tokens, non-overlapping, left to right. */
export function findTriggers(tokens: Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = triggerAt(tokens, i);
    if (t) {
      out.push(t);
      i = t.i1 - 1;
    }
  }
  return out;
}
