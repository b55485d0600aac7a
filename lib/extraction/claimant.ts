// Who the report says gave a figure: "according to X", "X said/told/reported/
// documented ...", "..., X told ARA News". "The source said" and "he added" point
// back to the last named source. Without one, the outlet speaks in its own voice.
// Monitors are named by their short name where the profile gives one ("SOHR").
import type { ConflictProfile } from "@/lib/profiles/schema";
import { findClaimantEntry } from "@/lib/profiles/claimants";
import type { Span } from "./sentences";

const VERB = "(?:said|says|say|told|tells|reported|reports|documented|documents|stated|states|confirmed|confirms|claimed|claims|added|announced|announces|noted|estimated|cited|put|puts|believe|believes|quoted|concluded|asserted|boasted)";
const PRONOUN = /^(?:he|she|it|they|the source|the sources|the official|the group|the monitor|the director|the statement|the observatory|the agency|the human rights group|the britain-based observatory|officials|the activist|the commander|this source|a source|sources)$/i;

/** The canonical name of a registered claimant when the phrase names it ("The Syrian Observatory for Human Rights" -> "SOHR"). */
export function shortSourceName(phrase: string, profile: ConflictProfile): string | null {
  return findClaimantEntry(profile, phrase)?.name ?? null;
}

function tidy(phrase: string): string {
  const tidied = phrase
    .replace(/^[\s"“”'‘’(,–—-]+|[\s"“”'‘’),–—-]+$/g, "")
    .replace(/^(?:and|but|while|meanwhile|however|also|moreover|separately|in addition)\s+/i, "")
    .replace(/\s+(?:also|additionally|later|earlier|on \w+day)$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return tidied.includes("(") && !tidied.includes(")") ? `${tidied})` : tidied;
}

/** The attributed source in one stretch of text, or null. */
function sourceIn(text: string): string | null {
  const according = /\baccording to ([^,.;:"“”()]+)/i.exec(text);
  if (according) return tidy(according[1]);
  // "A media activist, Ahmad Saleh, told ...": a subject with its apposition.
  const apposition = new RegExp(`^\\s*([^,;:"“”]{2,60}),\\s+([^,;:"“”]{2,60}),\\s+${VERB}\\b`, "i").exec(text);
  if (apposition && /^\p{Lu}/u.test(apposition[2])) return tidy(`${apposition[1]}, ${apposition[2]}`);
  const verb = new RegExp(`(^|[,;:"“”–—]|\\bthat\\b|\\bwhile\\b|\\band\\b)([^,;:"“”–—]{2,120}?)\\s+(?:also\\s+|had\\s+|has\\s+|have\\s+)?${VERB}\\b`, "i").exec(text);
  const subject = verb ? tidy(verb[2]) : "";
  // "AINA, also reported that": an adverb alone is not a source.
  return subject && !/^(?:also|then|later|earlier|further|additionally|reportedly)$/i.test(subject) ? subject : null;
}

/** `previous` is the source named last in the same paragraph (for "the source said", "he added"). */
export type ClaimantContext = { profile: ConflictProfile; outletName: string; previous: string | null; previousInParagraph: boolean };

export function findClaimant(text: string, sentence: Span, paragraph: Span, ctx: ClaimantContext): { claimant: string; named: boolean } {
  const own = sourceIn(text.slice(sentence.start, sentence.end));
  // Inside a quotation, the attribution often closes the paragraph ('..." the source said').
  const para = text.slice(paragraph.start, paragraph.end);
  const closing = /["”]\s*,?\s*([^"“”]{2,160})$/.exec(para);
  const found = own ?? (closing ? sourceIn(`, ${closing[1]}`) : null);
  if (found && found.split(/\s+/).length <= 14) {
    if (PRONOUN.test(found) && ctx.previous) return { claimant: ctx.previous, named: false };
    if (!PRONOUN.test(found) && !/^(?:it is|there|this|that|which|who|no|not|none|nobody)\b/i.test(found) && !/\b(?:killed|dead|wounded|injured|casualties)\b/i.test(found)) {
      return { claimant: shortSourceName(found, ctx.profile) ?? found, named: true };
    }
  }
  return { claimant: ctx.outletName, named: false };
}

/** The outlet in its own voice, or the registered source its note says it carries ("The Straits Times (Reuters and AFP reports)" -> "Reuters"). */
export function outletClaimant(outlet: string, profile: ConflictProfile): string {
  return shortSourceName(outlet, profile) ?? outlet.replace(/\s*\(.*\)\s*$/, "");
}

/**
 * The side an outlet speaks for: its own registry entry's, else that of the
 * source its note says it copies ("Kurdish Daily News (ANF copy)", "blog reposting SANA").
 */
export function outletSide(outlet: string, profile: ConflictProfile): string | null {
  const name = outlet.replace(/\s*\(.*\)\s*$/, "");
  const own = findClaimantEntry(profile, name);
  if (own) return own.side ?? null;
  return findClaimantEntry(profile, outlet)?.side ?? null;
}
