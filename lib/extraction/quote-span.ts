// The quote of a claim: the clause that carries the figure and its verb, cut at
// the sentence's clause breaks (";", "while", "but") so a claim does not drag in
// its neighbours, and trimmed of edge punctuation.
import type { Figure } from "./attach-outcome";
import type { Trigger } from "./outcome-triggers";
import type { Span } from "./sentences";
import type { Token } from "./tokens";

const BREAKS = new Set([";", "while", "whereas", "but", "—", '"']);
const REPORTING = /^(said|says|told|reported|added|stated|announced|confirmed|documented|out|claimed|noted)$/;

/** "..., pointing out that dozens were wounded": the quote starts after the reporting clause. */
const isBreak = (tokens: Token[], k: number) => BREAKS.has(tokens[k].t) || (tokens[k].t === "that" && REPORTING.test(tokens[k - 1]?.t ?? ""));

export function quoteSpan(tokens: Token[], text: string, sentence: Span, f: Figure, trigger: Trigger | null): Span {
  const ends = [f.q.q0, f.q.q1 - 1, Math.max(f.np.i1 - 1, f.q.q1 - 1)];
  if (trigger) ends.push(trigger.i0, trigger.i1 - 1);
  let lo = Math.min(...ends);
  let hi = Math.max(...ends);
  while (lo > 0 && !isBreak(tokens, lo - 1)) lo--;
  while (hi < tokens.length - 1 && !isBreak(tokens, hi + 1)) hi++;
  let start = tokens[lo]?.start ?? sentence.start;
  let end = tokens[hi]?.end ?? sentence.end;
  while (start < end && /[\s,"“”'‘’(—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:"“”'‘’)—–-]/.test(text[end - 1])) end--;
  return { start, end };
}
