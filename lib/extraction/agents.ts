// Who did the killing. A casualty verb has an agent and a patient: in "YPG fighters
// killed 20 IS militants" the YPG is the agent and IS the dead; in "55 fighters
// were killed by ISIS" or "at the hands of ISIS" ISIS is the agent; in "an ISIS
// attack killed 12" the attack's owner is. A side named as the agent is never the
// side of the dead it killed, and never the context a generic noun ("terrorists",
// "fighters") takes its side from.
import type { Trigger } from "./outcome-triggers";
import type { SideMention } from "./side-aliases";
import type { Token } from "./tokens";

/** Nouns for an act of violence whose owner did the killing ("an IS attack", "Russian airstrikes"). */
const ATTACK_NOUNS = new Set([
  "attack", "attacks", "airstrike", "airstrikes", "air-strike", "air-strikes", "strike", "strikes", "raid", "raids", "shelling",
  "bombardment", "bombardments", "bombing", "bombings", "ambush", "ambushes", "assault", "assaults", "offensive", "operation", "operations",
  "fire", "gunfire", "sniper", "snipers", "shell", "shells", "rocket", "rockets", "mortar", "mortars", "missile", "missiles", "warplanes",
  "warplane", "jets", "aircraft", "helicopters", "drone", "drones", "car", "suicide", "bomber", "bombers", "massacre", "counterattack",
  "counter-attack", "onslaught", "artillery", "mine", "mines", "explosive", "ied", "tanks", "forces'",
]);
/** Words after a mention that still lead to its verb: "IS militants reportedly managed to kill". */
const BRIDGE = new Set([
  "also", "reportedly", "allegedly", "have", "has", "had", "managed", "to", "were", "was", "able", "then", "later", "on", "said", "say",
  "says", "claimed", "claim", "claims", "they", "it", "fighters", "forces", "militants", "troops", "units", "members", "jets", "warplanes",
  "aircraft", "said", "the", "had", "successfully", "finally", "yesterday", "today",
]);
const AGENT_PREPOSITIONS = [
  ["by"], ["at", "the", "hands", "of"], ["by", "the"], ["carried", "out", "by"], ["launched", "by"], ["perpetrated", "by"],
  // Who fighters surrender to holds them: "60 gunmen surrendered to the army".
  ["surrendered", "to"], ["surrender", "to"], ["surrendering", "to"], ["surrenders", "to"], ["over", "to"],
];
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "so-called", '"', "'"]);

export type AgentContext = { tokens: Token[]; triggers: Trigger[]; mentions: SideMention[]; isFigureStart: (i: number) => boolean };

/** True when a kill verb used actively ("killed", "kill", "eliminated") follows within reach and governs a figure. */
function agentOfVerb(ctx: AgentContext, m: SideMention): boolean {
  const { tokens, triggers } = ctx;
  // "Fighting between regime forces and rebels killed 30": the fighting's sides, not its subject.
  for (let b = m.t0 - 1; b >= Math.max(0, m.t0 - 8) && tokens[b].kind !== "punct"; b--) if (tokens[b].t === "between") return false;
  let j = m.t1;
  for (let steps = 0; j < tokens.length && steps < 6; steps++, j++) {
    const trig = triggers.find((t) => t.i0 === j);
    // "an attack by ISIS, killing 23": across a comma the verb is a participle, whose
    // subject is the clause's, not the nearest name's.
    if (trig && tokens[j - 1]?.t === ",") return agentOfParticiple(ctx, m);
    if (trig) {
      // Active use: the verb's object is a figure ("killed 20", "killed at least 20", "kill dozens of").
      if (!trig.pre || tokens[j - 1]?.t === "were" || tokens[j - 1]?.t === "was" || tokens[j - 1]?.t === "been") return false;
      for (let k = trig.i1; k < Math.min(tokens.length, trig.i1 + 4); k++) {
        if (ctx.isFigureStart(k)) return true;
        if (!/^(at|least|more|than|over|about|some|nearly|around|the|a|an|up|to|as|many|of|and|wounded|injured)$/.test(tokens[k].t)) break;
      }
      return false;
    }
    const w = tokens[j].t;
    if (!BRIDGE.has(w) && tokens[j].kind !== "punct") return false;
    if (tokens[j].kind === "punct" && w !== "," && w !== "'" && w !== '"') return false;
  }
  return false;
}

/** "by ISIS", "at the hands of the regime", "carried out by IS". */
function agentAfterPreposition(tokens: Token[], m: SideMention): boolean {
  let k = m.t0 - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k].t)) k--;
  const preposition = AGENT_PREPOSITIONS.find((p) => p.every((w, n) => tokens[k - p.length + 1 + n]?.t === w));
  if (!preposition) return false;
  // "repelled an attack by ISIS, killing 23 of them": the owner of a failed attack did not kill.
  let j = k - preposition.length;
  if (!ATTACK_NOUNS.has(tokens[j]?.t ?? "")) return true;
  j--;
  while (j >= 0 && DETERMINERS.has(tokens[j].t)) j--;
  return !REPEL_VERBS.has(tokens[j]?.t ?? "");
}

/** Verbs whose object is an attack that failed: its owner is who was killed, not who killed. */
const REPEL_VERBS = new Set(["repelled", "repulsed", "foiled", "thwarted", "repel", "repulse", "foil", "thwart", "countered", "halted", "stopped", "blocked", "defeated"]);

/**
 * "an ISIS attack", "Russian airstrikes", "regime shelling": the mention owns an act of
 * violence; not when the act is what another side repelled ("Kurdish forces repelled an IS
 * attack, killing 22 jihadists": the jihadists are the attackers).
 */
function ownsAnAttack(tokens: Token[], m: SideMention): boolean {
  let k = m.t0 - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k].t)) k--;
  if (REPEL_VERBS.has(tokens[k]?.t ?? "")) return false;
  for (let j = m.t1; j < Math.min(tokens.length, m.t1 + 2); j++) {
    const w = tokens[j].t.replace(/'s?$/, "");
    if (ATTACK_NOUNS.has(w)) return true;
    if (tokens[j].kind === "punct" && tokens[j].t !== "'") return false;
  }
  return false;
}

/** Where a clause, and so its subject, may begin. */
const SUBJECT_BEFORE = new Set([",", ";", ":", "that", "while", "but", "when", "after", '"', "“"]);
const PARTICIPLES = new Set(["killing", "wounding", "injuring", "capturing", "leaving"]);

/**
 * "Kurdish units repelled the attack, killing 9 assailants": the subject of a clause is who
 * does what its trailing participle says. Not when the clause is passive ("IS fighters were
 * ambushed, killing 9" says nothing of who killed).
 */
function agentOfParticiple(ctx: AgentContext, m: SideMention): boolean {
  const { tokens } = ctx;
  let k = m.t0 - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k].t)) k--;
  if (k >= 0 && !SUBJECT_BEFORE.has(tokens[k].t)) return false;
  for (let j = m.t1; j < Math.min(tokens.length - 1, m.t1 + 12); j++) {
    const w = tokens[j].t;
    if (w === "were" || w === "was" || w === "been" || w === "being") return false;
    if (w === ",") {
      if (!PARTICIPLES.has(tokens[j + 1].t)) return false;
      for (let f = j + 2; f < Math.min(tokens.length, j + 5); f++) if (ctx.isFigureStart(f)) return true;
      return false;
    }
    if (tokens[j].kind === "punct" && w !== "'" && w !== '"') return false;
  }
  return false;
}

/** The side mentions of a sentence that name who killed, not who died. */
export function findAgents(ctx: AgentContext): SideMention[] {
  return ctx.mentions.filter((m) => agentAfterPreposition(ctx.tokens, m) || ownsAnAttack(ctx.tokens, m) || agentOfVerb(ctx, m) || agentOfParticiple(ctx, m));
}
