// The nouns that describe a claimant by what it is ("the monitor", "the army", "a news
// agency"), with the registry kinds each can stand for. One table for the two uses:
// a back-reference ("the army said" refers back only to a military source) and a
// description resolved through the report ("a monitor" -> the report's one monitor).
import type { ClaimantKind } from "@/lib/profiles";

const HEADS: [string, ClaimantKind[]][] = [
  ["monitoring group", ["monitor"]], ["monitoring organisation", ["monitor"]], ["monitoring organization", ["monitor"]],
  ["human rights group", ["monitor"]], ["rights group", ["monitor"]], ["rights organisation", ["monitor"]], ["rights organization", ["monitor"]],
  ["monitor", ["monitor"]], ["watchdog", ["monitor"]], ["observatory", ["monitor"]],
  ["news agency", ["media"]], ["news outlet", ["media"]], ["agency", ["media", "UN agency"]], ["television", ["media"]], ["tv", ["media"]],
  ["channel", ["media"]], ["broadcaster", ["media"]], ["newspaper", ["media"]], ["outlet", ["media"]], ["media", ["media"]],
  ["army", ["military"]], ["command", ["military", "armed group"]], ["forces", ["military", "armed group"]], ["force", ["military", "armed group"]],
  ["ministry", ["government"]],
];

const HEAD_AT_END = new RegExp(`\\b(${HEADS.map(([h]) => h).join("|")})$`, "i");
const KINDS = new Map(HEADS);

/** The head noun a phrase ends with and the kinds it can stand for ("the Britain-based monitor" -> monitor). */
export function descriptionHead(phrase: string): { head: string; kinds: ClaimantKind[] } | null {
  const head = HEAD_AT_END.exec(phrase.trim())?.[1].toLowerCase();
  return head ? { head, kinds: KINDS.get(head)! } : null;
}

/** A whole description: an article or possessive, up to three modifiers ("Britain-based", "war"), then the head noun. */
const DESCRIPTION = /^(?:a|an|the|its|their|this|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+$/iu;

export function describedKinds(claimant: string): ClaimantKind[] {
  return DESCRIPTION.test(claimant.trim()) ? (descriptionHead(claimant)?.kinds ?? []) : [];
}
