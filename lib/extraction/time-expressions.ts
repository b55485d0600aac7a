// Finds the time words of a report ("Thursday", "late May", "since May 30",
// "over the past three and a half weeks", "during Ramadan") with their offsets.
// Resolution against the publication date is in resolve-period.ts.
import { MONTHS, WEEKDAYS } from "./dates";
import type { Span } from "./sentences";

export type TimeBase =
  | { type: "weekday"; weekday: number; last: boolean; part: string | null }
  | { type: "weekdays"; from: number; to: number }
  | { type: "this-period"; unit: "year" | "month" }
  | { type: "relative-day"; daysBack: number }
  | { type: "month-day"; month: number; day: number; year: number | null }
  | { type: "part-month"; month: number; from: number; to: number | null; year: number | null }
  | { type: "month"; month: number; year: number | null }
  | { type: "year"; year: number }
  | { type: "week"; which: "last" | "this" | "past" }
  | { type: "past"; days: number }
  | { type: "ago"; days: number }
  | { type: "ramadan" }
  | { type: "weekend" }
  | { type: "open" };

export type TimeExpr = Span & {
  text: string;
  base: TimeBase;
  /** "since May 30", "which flared in March 2011": from that date to publication. */
  since: boolean;
  /** "by last Sunday", "till last night": up to that date. */
  until: boolean;
  /** "a monitor said Sunday": when it was said, not when it happened. */
  speech: boolean;
  /** A date line or photo caption date, not a claim's time. */
  dateline: boolean;
};

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const WD = WEEKDAYS.join("|");
const NUM_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  few: 3, "a few": 3, several: 3, "three and a half": 3.5, "two and a half": 2.5, "a couple of": 2, couple: 2,
};
const UNIT_DAYS: Record<string, number> = { hour: 1 / 24, hours: 1 / 24, day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30, year: 365, years: 365 };
const COUNT = `(\\d+|a few|several|three and a half|two and a half|a couple of|${Object.keys(NUM_WORDS).filter((k) => !k.includes(" ")).join("|")})`;

const amount = (s: string): number => NUM_WORDS[s] ?? Number(s);
const yearOf = (s: string | undefined): number | null => (s ? Number(s) : null);

type Rule = { re: RegExp; make: (m: RegExpExecArray) => TimeBase | null };

const RULES: Rule[] = [
  { re: new RegExp(`\\b(?:(?:on\\s+)?(?:${WD})\\s*[(,]\\s*)?(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b\\)?(?:,?\\s+((?:19|20)\\d{2}))?`, "g"),
    make: (m) => (Number(m[2]) > 31 ? null : { type: "month-day", month: MONTHS[m[1]], day: Number(m[2]), year: yearOf(m[3]) }) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b(?:,?\\s+((?:19|20)\\d{2}))?`, "g"),
    make: (m) => (Number(m[1]) > 31 ? null : { type: "month-day", month: MONTHS[m[2]], day: Number(m[1]), year: yearOf(m[3]) }) },
  { re: new RegExp(`\\b(early|mid|late|the end of|end of|the beginning of|beginning of|the start of)[-\\s]+(${MONTH})\\b(?:,?\\s+((?:19|20)\\d{2}))?`, "g"),
    make: (m) => {
      const [from, to] = m[1] === "early" || m[1].endsWith("beginning of") || m[1].endsWith("start of") ? [1, 10] : m[1] === "mid" ? [11, 20] : [21, null];
      return { type: "part-month", month: MONTHS[m[2]], from, to, year: yearOf(m[3]) };
    } },
  { re: new RegExp(`\\b(?:in|during|since|of|throughout|until|till)\\s+(${MONTH})\\b(?:,?\\s+((?:19|20)\\d{2}))?`, "g"),
    make: (m) => ({ type: "month", month: MONTHS[m[1]], year: yearOf(m[2]) }) },
  { re: new RegExp(`\\b(${MONTH})\\s+((?:19|20)\\d{2})\\b`, "g"), make: (m) => ({ type: "month", month: MONTHS[m[1]], year: Number(m[2]) }) },
  { re: /\b(?:in|since|during|of|throughout)\s+((?:19|20)\d{2})\b/g, make: (m) => ({ type: "year", year: Number(m[1]) }) },
  // "on Monday and Tuesday": both days, the second the later one.
  { re: new RegExp(`\\b(?:on\\s+)?(${WD})\\s+and\\s+(${WD})\\b`, "g"), make: (m) => ({ type: "weekdays", from: WEEKDAYS.indexOf(m[1]), to: WEEKDAYS.indexOf(m[2]) }) },
  // "since the start of the year", "so far this month": from the unit's first day to publication.
  // ("earlier this month" alone is no total: not matched.)
  { re: /\b(?:(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(year|month)|so\s+far\s+this\s+(year|month)|this\s+(year|month)\s+so\s+far)\b/g, make: (m) => ({ type: "this-period", unit: (m[1] ?? m[2] ?? m[3]) as "year" | "month" }) },
  { re: new RegExp(`\\b(?:(last|this past|late|early)\\s+)?(${WD})(?:'s)?(?:\\s+(morning|afternoon|evening|night|dawn))?\\b`, "g"),
    make: (m) => ({ type: "weekday", weekday: WEEKDAYS.indexOf(m[2]), last: m[1] === "last" || m[1] === "this past", part: m[3] ?? null }) },
  { re: /\b(?:at dawn today|today|this morning|this evening|tonight|earlier today)\b/g, make: () => ({ type: "relative-day", daysBack: 0 }) },
  { re: /\b(?:the day before yesterday)\b/g, make: () => ({ type: "relative-day", daysBack: 2 }) },
  { re: /\b(?:yesterday(?:\s+(?:morning|evening|dawn|afternoon))?|last night|overnight)\b/g, make: () => ({ type: "relative-day", daysBack: 1 }) },
  { re: /\b(last|this|past)\s+week\b/g, make: (m) => ({ type: "week", which: m[1] as "last" | "this" | "past" }) },
  { re: new RegExp(`\\b(?:over|in|during|within|for)\\s+the\\s+(?:past|last)\\s+${COUNT}\\s+(hours|days|weeks|months|years)\\b`, "g"),
    make: (m) => ({ type: "past", days: amount(m[1]) * UNIT_DAYS[m[2]] }) },
  { re: new RegExp(`\\b${COUNT}\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, "g"), make: (m) => ({ type: "ago", days: amount(m[1]) * UNIT_DAYS[m[2]] }) },
  { re: /\b(?:during|in|throughout|over|since)\s+(?:the\s+(?:holy\s+)?month\s+of\s+)?ramadan\b/g, make: () => ({ type: "ramadan" }) },
  { re: /\b(?:over|during|at)\s+the\s+weekend\b/g, make: () => ({ type: "weekend" }) },
  { re: /\b(?:since|from)\s+the\s+(?:beginning|start|outbreak)\s+of\b|\bso far\b|\bto date\b|\bsince\s+(?:it|they|the|its|their|taking|seizing|capturing)\b/g, make: () => ({ type: "open" }) },
];

const WORD = /[^\s\d:/.,()\-–—]+/g;

/** Words around a date (numbers and punctuation aside), counted up to `enough`. */
function wordsAround(before: string, after: string, enough: number): number {
  let n = 0;
  for (const part of [before, after]) {
    WORD.lastIndex = 0;
    while (n < enough && WORD.exec(part)) n++;
  }
  return n;
}

/** How far around a date to look first: a window, so that a long paragraph is not sliced once per date. */
const DATELINE_WINDOW = 200;

function isDateline(text: string, para: Span, start: number, end: number): boolean {
  const after20 = text.slice(end, Math.min(para.end, end + 20));
  if (/\bphoto|\bfile photo|\bpictured/i.test(after20)) return true;
  const from = Math.max(para.start, start - DATELINE_WINDOW);
  const to = Math.min(para.end, end + DATELINE_WINDOW);
  let words = wordsAround(text.slice(from, start), text.slice(end, to), 2);
  // Only when the window holds at most one word can the rest of the paragraph matter.
  if (words <= 1 && (from > para.start || to < para.end)) words = wordsAround(text.slice(para.start, start), text.slice(end, para.end), 2);
  if (words <= 1) return true;
  // "KurdWatch, July 30, 2016—On July 27 ...", "TADMUR, Syria, May 24 (UPI) --".
  return start - para.start < 40 && /^\s*(?:\(\w+\)\s*)?(?:[—–-]|--)/.test(text.slice(end, Math.min(para.end, end + 40)));
}

/** The paragraph holding [start, end), by binary search over the ordered paragraphs. */
function paragraphOf(paragraphs: Span[], start: number, end: number): Span {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (p.end < start) lo = mid + 1;
    else if (p.start > start) hi = mid - 1;
    else return end <= p.end ? p : { start, end };
  }
  return { start, end };
}

export function findTimeExpressions(folded: string, text: string, paragraphs: Span[]): TimeExpr[] {
  const found: TimeExpr[] = [];
  // Characters already taken by an earlier rule's match: checked per match in O(its length).
  const taken = new Uint8Array(folded.length);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const base = rule.make(m);
      if (!base) continue;
      taken.fill(1, start, end);
      const para = paragraphOf(paragraphs, start, end);
      const lead = folded.slice(Math.max(para.start, start - 80), start);
      const clause = lead.split(/[.;!?]|,\s(?!and\b)/).pop() ?? "";
      found.push({
        start, end, text: text.slice(start, end), base,
        since: base.type === "open" || /\b(since|began|begun|started|erupted|flared|broke out)\b[^,;]*$/.test(clause) || /^since\b/.test(m[0]),
        until: /\b(by|till|until|up to)\s*$/.test(lead),
        speech: /\b(said|says|told|tells|reported|reports|announced|stated|added|cited)\b(\s+\S+){0,3}\s*$/.test(lead) && !/\b(killed|dead|died|wounded|injured)\b/.test(lead.slice(-30)),
        dateline: isDateline(folded, para, start, end),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
