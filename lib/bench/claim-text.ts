// The words of a synthetic report: one sentence per claim, in the shapes the
// extractor reads ("X said at least 30 ... were killed in Y on 3 March 2015"),
// so a claim's quote is a real sentence of its report at span_start..span_end.
import type { Outcome } from "@/lib/extraction/types";
import type { Rng } from "./rng";
import { spokenDay } from "./days";

export type SentenceParts = {
  claimant: string;
  ownVoice: boolean;
  numberText: string;
  sideText: string;
  outcome: Outcome;
  place: string | null;
  periodText: string | null;
};

const VERBS: Record<Outcome, string[]> = { killed: ["killed", "killed", "left dead"], wounded: ["wounded", "injured"], captured: ["captured", "taken prisoner"] };
const FILLERS = [
  "Clashes continued into the evening.", "The area has seen heavy shelling for weeks.", "Reinforcements were reported on the road.",
  "Communications in the area remain cut.", "The figures could not be independently verified.", "Residents described warplanes overhead.",
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function claimSentence(rng: Rng, p: SentenceParts): string {
  const verb = rng.pick(VERBS[p.outcome]);
  const where = p.place ? ` in ${p.place}` : "";
  const when = p.periodText ? ` ${p.periodText}` : "";
  const core = `${p.numberText} ${p.sideText} were ${verb}${where}${when}`;
  if (p.ownVoice) return `${capitalise(core)}.`;
  switch (rng.int(0, 2)) {
    case 0:
      return `${capitalise(p.claimant)} said ${core}.`;
    case 1:
      return `${capitalise(core)}, according to ${p.claimant}.`;
    default:
      return `${capitalise(core)}, ${p.claimant} reported.`;
  }
}

export function incidentPeriodText(start: number, end: number): string {
  return start === end ? `on ${spokenDay(start)}` : `between ${spokenDay(start)} and ${spokenDay(end)}`;
}

export function cumulativePeriodText(start: number): string {
  return `since ${spokenDay(start)}`;
}

export function filler(rng: Rng): string {
  return rng.pick(FILLERS);
}

/** Builds the text sentence by sentence, remembering where each claim's sentence sits. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private sentencesInParagraph = 0;

  constructor(private readonly rng: Rng) {}

  /** Appends a sentence; returns its [start, end) offsets in the final text. */
  add(sentence: string): [number, number] {
    const separator = this.length === 0 ? "" : this.sentencesInParagraph >= 3 && this.rng.chance(0.5) ? "\n\n" : " ";
    if (separator === "\n\n") this.sentencesInParagraph = 0;
    this.parts.push(separator, sentence);
    this.length += separator.length;
    const start = this.length;
    this.length += sentence.length;
    this.sentencesInParagraph++;
    return [start, this.length];
  }

  text(): string {
    return this.parts.join("");
  }
}
