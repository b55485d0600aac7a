// Reports arrive with no-break spaces, curly quotes and odd hyphens. Matching runs
// on a folded copy of the text that has exactly the same length, so every offset
// found in the copy is an offset into the original.

const FOLD: Record<string, string> = {
  "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\t": " ",
  "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u00ad": "-",
  // Dashes between words separate clauses; they are kept apart from hyphens.
  "\u2013": "\u2014", "\u2015": "\u2014",
};

const SPECIAL = new RegExp(`[${Object.keys(FOLD).join("")}]`, "g");

/** Lower-cased, folded copy of `text` with the same length. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(SPECIAL, (ch) => FOLD[ch]);
  let out = "";
  for (const ch of text) {
    const folded = FOLD[ch] ?? ch.toLowerCase();
    // A few letters change length when lower-cased (e.g. "İ"); keep those as they are.
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Words for alias matching: lower case, letters and digits only ("pro-Assad" -> "pro assad"). */
export function wordKey(phrase: string): string {
  return foldText(phrase)
    .replace(/['’]s\b/g, "s")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
