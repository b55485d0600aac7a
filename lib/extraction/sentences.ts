// Splits a report into paragraphs (lines) and sentences, keeping offsets into the
// original text. Reports glue sentences ("said.The"), abbreviate ("U.S.", "Aug."),
// and put headlines on lines of their own; each line is at least one sentence.

export type Span = { start: number; end: number };
export type Sentence = Span & { paragraph: number };

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "no", "vs", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "inc", "co", "jr", "sr", "etc", "e.g", "i.e",
]);

/** Paragraphs are non-blank lines: reports put one paragraph, headline or caption per line. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.length;
    const lead = line.length - line.trimStart().length;
    const trail = line.length - line.trimEnd().length;
    if (line.trim() !== "") spans.push({ start: start + lead, end: end - trail });
    start = end + 1;
  }
  return spans;
}

function isSentenceEnd(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Initials and dotted acronyms ("U.S.", "J.") do not end a sentence.
  if (/^\p{L}$/u.test(before) || /\p{L}\.\p{L}$/u.test(before)) return false;
  return true;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  splitParagraphs(text).forEach((para, paragraph) => {
    let start = para.start;
    const body = text.slice(para.start, para.end);
    // A terminator, optional closing quotes/brackets, then space + capital/digit/quote,
    // or a glued capital word after a lower-case word ("monitor said.The").
    const re = /[.!?]["'”’)\]]*(?=\s+["'“‘(\p{Lu}\p{N}]|(?<=\p{Ll}{2}\.)\p{Lu}\p{Ll})/gu;
    for (const m of body.matchAll(re)) {
      const dot = para.start + (m.index ?? 0);
      if (m[0] === "." && !isSentenceEnd(text, dot)) continue;
      const end = dot + m[0].length;
      if (text.slice(start, end).trim()) sentences.push({ start, end, paragraph });
      start = end;
      while (start < para.end && /\s/.test(text[start])) start++;
    }
    if (start < para.end && text.slice(start, para.end).trim()) sentences.push({ start, end: para.end, paragraph });
  });
  return sentences;
}
