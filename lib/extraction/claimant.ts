// Who the report says gave a figure: "according to X", "X said/told/reported/
// documented ...", "..., X told ARA News". "The source said" and "he added" point
// back to the last named source. Without one, the outlet speaks in its own voice.
// Monitors are named by their short name where the profile gives one ("SOHR").
import type { ConflictProfile } from "@/lib/profiles/schema";
import { findClaimantEntry } from "@/lib/profiles/claimants";
import { descriptionHead } from "./claimant-descriptions";
import type { Span } from "./sentences";

const VERB =
  "(?:said|says|say|told|tells|reported|reports|documented|documents|stated|states|confirmed|confirms|claimed|claims|added|announced|announces|noted|estimated|cited|put|puts|believe|believes|quoted|concluded|asserted|boasted|recounted|revealed|reveals|identified|declared|declares|published|posted|released|indicated|explained|mentioned|affirmed|wrote|tweeted|stressed|recorded|counted|listed)";
const PRONOUN = /^(?:he|she|it|they|the source|the sources|the official|the group|the monitor|the monitoring group|the war monitor|the director|the statement|the observatory|the agency|the human rights group|the britain-based observatory|officials|the activist|the commander|the spokesman|the spokesperson|the forces|the force|this source|a source|sources|its director|the group's director|the monitor's director|the organisation|the organization|the ministry|the army|the command)$/i;
/** First person in a statement: the speaker is whoever the report quotes last, else the outlet itself. */
const FIRST_PERSON = /^(?:we|our\b)/i;
/** What a subject before a reporting verb cannot be: a count, a clause, an adverb. */
const NOT_A_SOURCE = /(?:\d|\b(?:were|was|are|is|been|be)$|\b(?:killed|killing|dead|wounded|injured|injuries|casualties|deaths|death)\b|^(?:also|then|later|earlier|further|additionally|reportedly|confirmed|and|but|or|so|which|who|when|as)$)/i;

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

/** A role without an article: "Rami Abdel Rahman, head of the monitor, told AFP". */
const ROLE_NOUN = /^(?:head|director|chief|spokesman|spokeswoman|spokesperson|commander|leader|member|founder|official|deputy|president|chairman|co-chair|coordinator)\b/i;

/** An aside between a source and its verb that describes the speaking, not the speaker. */
const PARTICIPLE_ASIDE = /^(?:\p{L}+ing|who|which|whose|on condition|in a statement|in an interview)\b/iu;

// Built once: sourceIn runs for every sentence.
const APPOSITION = new RegExp(`(?:^|[.;:"“”]\\s*|\\bthat\\s+)([^,;:"“”]{2,60}),\\s+([^,;:"“”]{2,120}),\\s+(?:also\\s+)?${VERB}\\b`, "i");
const INVERTED = new RegExp(`[,"”]\\s*(?:${VERB})\\s+((?:the|a|an|its)\\s+[^,.;:"“”()]{2,80}|\\p{Lu}[^,.;:"“”()]{1,80})`, "iu");
const SUBJECT_VERB = new RegExp(`(^|[,;:"“”–—]|\\bthat\\b|\\bwhile\\b|\\band\\b)([^,;:"“”–—]{2,120}?)\\s+(?:also\\s+|had\\s+|has\\s+|have\\s+)?${VERB}\\b`, "i");

/** "..., Syria's official news agency, SANA, reported.": who reports the sentence, named at its end. */
const REPORTER_AT_END = new RegExp(`,\\s*([^,;:"“”]{2,60}?)(?:,\\s*([^,;:"“”]{2,40}?))?,?\\s+(?:reported|reports|said|says|announced)\\s*[.!]?["”]?\\s*$`, "iu");

/** The reporter named at a sentence's end when it is not the source already found ("X said ..., SANA reported"). */
function reporterAtEnd(sentence: string, source: string): string | null {
  const m = REPORTER_AT_END.exec(sentence);
  if (!m) return null;
  const reporter = tidy(m[2] ?? m[1]);
  if (!/^\p{Lu}/u.test(reporter) || NOT_A_SOURCE.test(reporter) || source.includes(reporter) || reporter.includes(source)) return null;
  return reporter;
}

/** The attributed source in one stretch of text, or null. */
function sourceIn(raw: string): string | null {
  // "The attack claimed the lives of 12", "IS claimed responsibility": no statement is reported.
  const text = raw.replace(/\bclaim(s|ed|ing)?(?=\s+(?:the\s+)?(?:lives|life|responsibility)\b)/gi, "took");
  // "citing X": X gave the figure; "quoting X" is whom the source itself quotes, not the source.
  const according = /\b(?:according to|citing) ([^,.;:"“”()]+)/i.exec(text);
  if (according && !NOT_A_SOURCE.test(tidy(according[1]))) return tidy(according[1]);
  // "A media activist, Ahmad Saleh, told ...", "Redur Xelil, the spokesman, said", "Ali Ibrahim,
  // a member of the central committee of the KDP-S, told": a subject with its apposition.
  const apposition = APPOSITION.exec(text);
  // "A security source, speaking on condition of anonymity, said": the aside says how, not who.
  if (apposition && /\p{Lu}/u.test(apposition[1]) && PARTICIPLE_ASIDE.test(apposition[2].trim())) return tidy(apposition[1]);
  if (apposition && (/^\p{Lu}/u.test(apposition[2]) || /^(?:the|a|an|its|his|her)\s/i.test(apposition[2]) || ROLE_NOUN.test(apposition[2].trim())) && /^\s*\p{Lu}/u.test(apposition[1])) {
    const name = tidy(apposition[1]);
    const role = tidy(apposition[2]);
    return /^\p{Lu}/u.test(role) ? `${name}, ${role}` : `${name} (${role.replace(/^(?:the|a|an)\s+/i, "")})`;
  }
  // "..., said the director of the Britain-based group": the verb before its subject.
  const inverted = INVERTED.exec(text);
  // "..., said ISIL killed 280 people": what follows the verb is what was said, not who said it.
  if (inverted && !/^(?:that|on|in|at|it|he|she|they)\b/i.test(inverted[1]) && !NOT_A_SOURCE.test(inverted[1])) return tidy(inverted[1].replace(/\s+(?:on|in|at)\s+\p{Lu}\p{L}+day$/u, ""));
  const verb = SUBJECT_VERB.exec(text);
  const subject = verb ? tidy(verb[2]) : "";
  // "AINA, also reported that": an adverb alone is not a source; nor is "12 gunmen ... were documented killed".
  return subject && !NOT_A_SOURCE.test(subject) ? subject : null;
}

/** `previous` is the source named last in the same paragraph (for "the source said", "he added"). */
export type ClaimantContext = { profile: ConflictProfile; outletName: string; previous: string | null; previousInParagraph: boolean };

/**
 * Whether a back-reference can mean the source named last: pronouns always can; "the
 * army" only a military source (or one with "army" in its name), so that after a
 * monitor, "the army said" is the army speaking, not the monitor.
 */
function refersBackTo(found: string, previous: string, profile: ConflictProfile): boolean {
  const described = descriptionHead(found);
  if (!described) return true;
  if (previous.toLowerCase().includes(described.head)) return true;
  const kind = findClaimantEntry(profile, previous)?.kind;
  return !!kind && described.kinds.includes(kind);
}

/** A short name in quotation marks inside a noun phrase ('the “Amaq” news agency') is a name, not a quotation. */
function unquoteNames(s: string): string {
  return s.replace(/[“"](\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})[”"](?=\s+\p{Ll})/gu, "$1");
}

/** "YPG: 23 ISIS mercenaries killed", "Over 770 killed in 10 days: MSF": a headline's source before or after a colon. */
const COLON_SOURCE = /^\s*([^:.;,"“”]{2,40}):\s+\S|\S:\s*([^:.;,"“”]{2,40}?)\s*$/u;

function colonSource(sentence: string, profile: ConflictProfile): string | null {
  const m = COLON_SOURCE.exec(sentence);
  // Only a registered claimant: "BEIRUT:" is a dateline, "Update:" a label.
  return m ? shortSourceName((m[1] ?? m[2]).trim(), profile) : null;
}

export function findClaimant(text: string, sentence: Span, paragraph: Span, ctx: ClaimantContext): { claimant: string; named: boolean } {
  const headlineSource = colonSource(text.slice(sentence.start, sentence.end), ctx.profile);
  if (headlineSource) return { claimant: headlineSource, named: false };
  const own = sourceIn(unquoteNames(text.slice(sentence.start, sentence.end)));
  // Inside a quotation, the attribution often closes the paragraph ('..." the source said').
  // Only the paragraph's tail can hold it: slicing the whole paragraph per sentence is quadratic.
  const tail = text.slice(Math.max(paragraph.start, paragraph.end - 400), paragraph.end);
  const closing = /["”]\s*,?\s*([^"“”]{2,160})$/.exec(tail);
  const found = own ?? (closing ? sourceIn(`, ${closing[1]}`) : null);
  if (found && found.split(/\s+/).length <= 14) {
    if ((PRONOUN.test(found) || FIRST_PERSON.test(found)) && ctx.previous && refersBackTo(found, ctx.previous, ctx.profile)) return { claimant: ctx.previous, named: false };
    if (FIRST_PERSON.test(found)) return { claimant: ctx.outletName, named: false };
    // "the observatory said" with no source named before it: the registry knows whom it means.
    const registered = PRONOUN.test(found) ? shortSourceName(found, ctx.profile) : null;
    if (registered) return { claimant: registered, named: true };
    if ((!PRONOUN.test(found) || descriptionHead(found)) && !/^(?:it is|there|this|that|which|who|no|not|none|nobody)\b/i.test(found) && !/\b(?:killed|dead|wounded|injured|casualties)\b/i.test(found)) {
      const via = own ? reporterAtEnd(text.slice(sentence.start, sentence.end), found) : null;
      if (via) return { claimant: `${found} (via ${shortSourceName(via, ctx.profile) ?? via})`, named: true };
      return { claimant: shortSourceName(found, ctx.profile) ?? found, named: true };
    }
  }
  // A statement goes on after its attribution: later sentences of the paragraph, and a
  // statement in the first person ("Our fighters ..."), are the source's too.
  const sentenceText = text.slice(sentence.start, sentence.end);
  // Only a source with a name carries on: anonymous "sources" or "activists" are cited sentence by sentence.
  const carries = !!ctx.previous && /\p{Lu}/u.test(ctx.previous);
  if (carries) return { claimant: ctx.previous!, named: false };
  return { claimant: ctx.outletName, named: false };
}

/** Clauses of one sentence that may each have their own source: "X said A, while Y said B". */
const CLAUSE_SPLIT = /,?\s+(?:while|whereas)\s+|;\s+/g;

/**
 * The sources of a sentence's clauses when it has more than one and they name their
 * own ("SANA said ISIL killed dozens, while Al-Mayadeen said ISIL killed 280"): a
 * function from an offset to its clause's source, null to keep the sentence's.
 * Read once per sentence, asked once per figure.
 */
export function clauseClaimants(text: string, sentence: Span, profile: ConflictProfile): (at: number) => string | null {
  const body = text.slice(sentence.start, sentence.end);
  const cuts = [0, ...[...body.matchAll(CLAUSE_SPLIT)].map((m) => (m.index ?? 0) + m[0].length), body.length];
  if (cuts.length <= 2) return () => null;
  const sources = cuts.slice(0, -1).map((from, k) => {
    const found = sourceIn(body.slice(from, cuts[k + 1]));
    if (!found || found.split(/\s+/).length > 14 || PRONOUN.test(found) || FIRST_PERSON.test(found)) return null;
    return shortSourceName(found, profile) ?? found;
  });
  return (at) => {
    const offset = at - sentence.start;
    const k = cuts.findIndex((cut, n) => n < cuts.length - 1 && offset >= cut && offset < cuts[n + 1]);
    return k === -1 ? null : sources[k];
  };
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
