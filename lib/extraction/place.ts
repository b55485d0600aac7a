// The place a claim is about: the most specific one its sentence names (a
// neighbourhood before a village, a village before a city), a place named by
// pattern ("the village of X", "near X roundabout"), else the report's dateline
// ("Hasakah, Syria –") when it names a known place.
import type { ConflictProfile, PlaceKind } from "@/lib/profiles/schema";
import { placeSpellingKey } from "@/lib/profiles/resolve-place-name";
import { foldText, wordKey } from "./normalize";

/** countryWide: the country named as the place itself ("across Syria", "northeastern Syria"). */
type Candidate = { written: string; rank: number; at: number; countryWide?: boolean };

const RANK: Record<PlaceKind, number> = { site: 6, neighbourhood: 6, village: 5, town: 4, city: 3, province: 2, country: 1 };
const KIND_WORDS: [RegExp, number][] = [
  [/^(neighbo(?:u)?rhoods?|districts?|quarters?|roundabout|street|market|camp)$/i, 6],
  [/^(villages?|suburbs?|vicinity|outskirts|surroundings|edges?)$/i, 5],
  [/^(towns?|townships?)$/i, 4],
  [/^(city)$/i, 3],
  [/^(province|governorate|countryside|mountains?|desert|valley|plains?|region|river)$/i, 2],
];
const NAME = "((?:[Aa]l-\\s?|[Ee]l-\\s?|[Aa]l\\s)?[A-Z][\\p{L}'’-]*(?:\\s+(?:al-\\s?)?[A-Z][\\p{L}'’-]*){0,3})";
const OF_PATTERN = new RegExp(`\\b(neighbo(?:u)?rhood|district|village|township|town|city|suburb|area|region|province|vicinity|outskirts|surroundings|edges?)s?\\s+of\\s+${NAME}`, "gu");
const BEFORE_PATTERN = new RegExp(`${NAME}\\s+(neighbo(?:u)?rhood|district|roundabout|village|town|countryside|province|area|mountains?|desert|valley|plains?|river)\\b`, "gu");
/** "the battle for Khan Tuman", "the assault on Jisr al-Shughour": the place fought over. */
const CONTESTED_PATTERN = new RegExp(`\\b(?:battle|battles|fight|fighting|offensive|assault|attack|attacks|push|advance|siege|clashes)\\s+(?:for|on|of|around)\\s+(?:the\\s+)?(?:(?:town|city|village|district)\\s+of\\s+)?${NAME}`, "gu");
const NEAR_PATTERN = new RegExp(`\\bnear\\s+(?:the\\s+)?${NAME}`, "gu");
/** "19 in Beshtak": a capitalised name after "in"/"at", the weakest evidence of a place. */
const IN_PATTERN = new RegExp(`\\b(?:in|at|around|outside|inside)\\s+(?:(?:[\\p{L}]+-(?:controlled|held|besieged))\\s+)?${NAME}`, "gu");
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|His|Her|Their|Its|Syria|Syrian|Turkey|Iraq|Lebanon|Jordan|Israel|Russia|Iran|Britain|London|Washington|Moscow|Geneva|Beirut|Ankara|Tehran|Islamic|Kurdish|Arab|English|Arabic|Ramadan|Eid)\b/u;

/** "Edlib Media Centre", "Idlib Health Directorate", "Damascus Staff Writer": a place word inside a name of an organisation or a byline. */
const ORGANISATION_AFTER = /^\s+(?:Media\s+(?:Cent(?:er|re)|Office)|Health\s+Directorate|Police\s+Command|(?:Local\s+|Provincial\s+|Governorate\s+|Military\s+)?Council|Staff\s+Writer|Coordination|News\s+Network|Civil\s+Defen[cs]e|Revolutionary)\b/u;
/** "in US-led strikes", "in Iraqi territory": adjectives, not places. */
const ADJECTIVE_FORM = /-(?:led|backed|based|run|owned|held|controlled)$|^(?:Iraqi|Russian|Turkish|American|Iranian|Lebanese|Jordanian|Israeli|Saudi|Qatari|British|French|Western|Eastern|Northern|Southern)$/;

/** Words of organisations' and armed groups' names (Arabic ones too: jaish = army, liwa = brigade, faylaq = corps). */
const ORGANISATION_WORDS = /\b(?:Staff|Writer|Media|Directorate|Command|Council|Network|Jaish|Jaysh|Liwa|Harakat|Jabhat|Faylaq|Ahrar|Firqat|Kataib|Katiba|Brigades?|Division|Front|Army|Forces|Units|Movement|Battalions?|Regiment|Corps)\b/u;

const LOCATOR_BEFORE = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
const FIRED_FROM = /^\s*(?:fired|launched|lobbed|shelled|bombarded)\b/;

const CONTAINER_BEFORE = /\b(?:countryside|province|governorate)\s+of\s+(?:the\s+)?$/;
const CONTAINER_AFTER = /^\s+(?:province|governorate|countryside)\b/;

function isLetter(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Whether the place at `at` opens a dateline ("Hasaka, SANA –", "BEIRUT:", "TADMUR,
 * Syria, May 24 (UPI) --"): where the report was filed, a fallback for its claims,
 * never the place of the sentence that follows it.
 */
export function isDatelineAt(text: string, at: number, length: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i >= 0 && text[i] !== "\n") return false;
  return /^(?:,[^\n.]{0,40}?)?\s*(?:–|—|--|:)/u.test(text.slice(at + length, at + length + 60));
}

const sideNamesCache = new WeakMap<ConflictProfile, Set<string>>();

/** "in ISIS", "in the YPG": a group, not a place. */
function isSideName(name: string, profile: ConflictProfile): boolean {
  let names = sideNamesCache.get(profile);
  if (!names) {
    names = new Set(profile.sides.flatMap((s) => [...s.aliases.map(wordKey), ...s.caseSensitiveAliases]));
    sideNamesCache.set(profile, names);
  }
  return names.has(wordKey(name)) || names.has(name);
}

function rankOfWord(word: string): number {
  return KIND_WORDS.find(([re]) => re.test(word))?.[1] ?? 3;
}

type PlaceName = { words: string[]; folded: string; name: string; rank: number; spelling: string[] };
type PlaceIndex = { byWord: Map<string, PlaceName[]>; bySpelling: Map<string, PlaceName[]> };
/** The profile's place names by their first word, so a sentence is scanned once, not once per name. */
const namesCache = new WeakMap<ConflictProfile, PlaceIndex>();

/** Articles that transliterations add or drop ("Deir ez-Zor", "Deir Zor"): left out when spellings are compared. */
const ARTICLES = new Set(["al", "el", "ez", "ar", "as", "ad", "ash", "at", "az", "an", "ed", "es", "the"]);
const spellingCache = new Map<string, string>();
/** One word's spelling key (vowels, doubled letters, a final h forgiven), cached: a long text repeats its words. */
function wordSpelling(word: string): string {
  let key = spellingCache.get(word);
  if (key === undefined) {
    if (spellingCache.size > 50_000) spellingCache.clear();
    key = placeSpellingKey(word);
    spellingCache.set(word, key);
  }
  return key;
}

function placeNames(profile: ConflictProfile): PlaceIndex {
  let names = namesCache.get(profile);
  if (!names) {
    names = { byWord: new Map(), bySpelling: new Map() };
    for (const p of profile.places) {
      for (const n of [p.name, ...p.aliases]) {
        const words = wordKey(n).split(" ").filter(Boolean);
        if (!words.length) continue;
        const spelling = words.filter((w) => !ARTICLES.has(w)).map(wordSpelling);
        const place = { words, folded: foldText(n), name: p.name, rank: RANK[p.kind], spelling };
        const list = names.byWord.get(words[0]) ?? [];
        list.push(place);
        names.byWord.set(words[0], list);
        // Spelling variants only for names long enough not to meet common words by chance.
        if (spelling.length && spelling.join("").length >= 5) {
          const variants = names.bySpelling.get(spelling[0]) ?? [];
          variants.push(place);
          names.bySpelling.set(spelling[0], variants);
        }
      }
    }
    namesCache.set(profile, names);
  }
  return names;
}

type KnownNames = { exact: PlaceName[]; variants: { place: PlaceName; start: number; end: number }[] };

/**
 * Each distinct profile name found word for word in the slice, and the places written in
 * another transliteration ("Tal Abyad" for Tel Abyad, "Deir al-Zour" for Deir ez-Zor) with
 * where they are: a capitalised word whose spelling key, and its next words', spell a name.
 */
function knownNamesIn(slice: string, folded: string, profile: ConflictProfile): KnownNames {
  const index = placeNames(profile);
  // Words of the folded slice (the same length as the slice), so a word's key is a substring,
  // not a computation. "Hasakah’s battles", "Syria’s civil war": the possessive's "s" is its own word.
  const tokens = [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => {
    const start = m.index ?? 0;
    return { key: m[0], raw: slice.slice(start, start + m[0].length), start, end: start + m[0].length };
  });
  const exact = new Set<PlaceName>();
  const variants: KnownNames["variants"] = [];
  for (let i = 0; i < tokens.length; i++) {
    let matched = false;
    for (const place of index.byWord.get(tokens[i].key) ?? []) {
      if (place.words.every((w, k) => tokens[i + k]?.key === w)) {
        exact.add(place);
        matched = true;
      }
    }
    if (matched || !/^\p{Lu}/u.test(tokens[i].raw) || ARTICLES.has(tokens[i].key)) continue;
    for (const place of index.bySpelling.get(wordSpelling(tokens[i].key)) ?? []) {
      let k = i;
      let n = 0;
      for (; n < place.spelling.length && k < tokens.length; k++) {
        if (ARTICLES.has(tokens[k].key) && k > i) continue;
        if (wordSpelling(tokens[k].key) !== place.spelling[n]) break;
        n++;
      }
      if (n === place.spelling.length && !exact.has(place)) variants.push({ place, start: tokens[i].start, end: tokens[k - 1].end });
    }
  }
  return { exact: [...exact], variants };
}

/** "the eastern countryside of Homs", "Hasaka province": named as the region around, the city is a container. */
function containerRank(folded: string, at: number, length: number, rank: number): number {
  const container = CONTAINER_BEFORE.test(folded.slice(Math.max(0, at - 30), at)) || CONTAINER_AFTER.test(folded.slice(at + length, at + length + 15));
  return container ? Math.min(rank, 2) : rank;
}

export function placesIn(text: string, from: number, to: number, profile: ConflictProfile): Candidate[] {
  const slice = text.slice(from, to);
  const found: Candidate[] = [];
  const folded = foldText(slice);
  const known = knownNamesIn(slice, folded, profile);
  for (const v of known.variants) found.push({ written: slice.slice(v.start, v.end), rank: containerRank(folded, v.start, v.end - v.start, v.place.rank), at: from + v.start });
  for (const place of known.exact) {
    // Every mention, not the first only: which figure a place goes with depends on where it is.
    let mentions = 0;
    for (let at = folded.indexOf(place.folded); at >= 0; at = folded.indexOf(place.folded, at + 1)) {
      if (isLetter(folded[at - 1]) || isLetter(folded[at + place.folded.length])) continue;
      found.push({ written: slice.slice(at, at + place.folded.length), rank: containerRank(folded, at, place.folded.length, place.rank), at: from + at });
      mentions++;
    }
    if (!mentions) found.push({ written: place.name, rank: place.rank, at: from });
  }
  for (const m of slice.matchAll(OF_PATTERN)) found.push({ written: m[2], rank: rankOfWord(m[1]), at: from + (m.index ?? 0) + m[0].length - m[2].length });
  for (const m of slice.matchAll(BEFORE_PATTERN)) {
    const kind = m[2].toLowerCase();
    const written = kind === "roundabout" ? `${m[1]} roundabout` : m[1];
    if (!/^(The|A|An|In|On|At|Western|Eastern|Northern|Southern)$/.test(m[1])) found.push({ written, rank: rankOfWord(kind), at: from + (m.index ?? 0) });
  }
  for (const m of slice.matchAll(CONTESTED_PATTERN)) {
    if (!NOT_PLACES.test(m[1]) && !isSideName(m[1], profile) && !ADJECTIVE_FORM.test(m[1])) found.push({ written: m[1], rank: 3, at: from + (m.index ?? 0) + m[0].length - m[1].length });
  }
  for (const m of slice.matchAll(NEAR_PATTERN)) {
    // "Tabqa air base near Raqa": the place is what is near, the landmark only locates it.
    const nearAt = from + (m.index ?? 0);
    if (NOT_PLACES.test(m[1]) || isSideName(m[1], profile) || ADJECTIVE_FORM.test(m[1])) continue; // "near the Iraqi border"
    const locatesAnother = found.some((c) => c.at + c.written.length <= nearAt && nearAt - (c.at + c.written.length) <= 12);
    found.push({ written: m[1], rank: locatesAnother ? 1 : 5, at: nearAt + m[0].length - m[1].length });
  }
  // Compared by distinct spelling, not by occurrence: a long text names the same places again and again.
  const spellings = new Set(found.map((c) => c.written));
  for (const m of slice.matchAll(IN_PATTERN)) {
    if (NOT_PLACES.test(m[1]) || isSideName(m[1], profile) || spellings.has(m[1]) || ADJECTIVE_FORM.test(m[1])) continue;
    if ([...spellings].some((w) => w.includes(m[1]) || m[1].includes(w))) continue;
    found.push({ written: m[1], rank: 2, at: from + (m.index ?? 0) + m[0].length - m[1].length });
    spellings.add(m[1]);
  }
  // "across Syria", "in northeastern Syria": the country, or a quarter of it, is the place said.
  const countryWide = countryWidePattern(profile);
  if (countryWide) {
    for (const m of slice.matchAll(countryWide)) {
      found.push({ written: m[1] ? m[2] : `${m[3]} ${m[4]}`, rank: 1, at: from + (m.index ?? 0) + m[0].length - (m[2] ?? m[4]).length, countryWide: true });
    }
  }
  // Otherwise the whole country is a claim's place only for a toll of the war itself ("Syria's civil war has killed ...").
  const wholeWar = WAR_WORDS.test(slice);
  const countries = countryNames(profile);
  for (const c of found) {
    // "Deir Hafer, east of the city of Aleppo": the city only locates the place before it.
    if (c.rank > 1 && LOCATOR_BEFORE.test(text.slice(Math.max(0, c.at - 60), c.at))) c.rank = 1;
  }
  return found
    // "terrorists in Bustan al-Basha fired rocket shells": where the fire came from, not where it fell.
    .filter((c) => !FIRED_FROM.test(text.slice(c.at + c.written.length, c.at + c.written.length + 20)))
    .filter((c) => !ORGANISATION_AFTER.test(text.slice(c.at + c.written.length, c.at + c.written.length + 30)) && !ORGANISATION_WORDS.test(c.written))
    .map((c) => ({ ...c, written: c.written.replace(/^[\p{L}]+-(?:controlled|held|besieged)\s+/u, "") }))
    .filter((c) => c.written.length > 2 && !/^(The|Syrian|Islamic|Kurdish)$/.test(c.written) && (!countries.has(c.written) || wholeWar || c.countryWide));
}

/** "the toll has risen to", "the number of those killed in the same period": a total over incidents, wherever they were. */
const RUNNING_TOTAL = /\b(?:(?:death\s+)?toll|the number of|(?:has|have|had)\s+(?:risen|climbed|reached|increased)|rose to|to date|in total|a total of|(?:in|during|over) the same period)\b/i;
export const isRunningTotal = (sentence: string) => RUNNING_TOTAL.test(sentence);

const WAR_WORDS = /\b(?:civil war|war|conflict|crisis|uprising|revolution)\b/i;
/** A toll of the war as a whole: "the conflict has claimed the lives of over 470,000", "killed since it started in 2011". */
const WHOLE_WAR_SUBJECT = /\b(?:the|its|(?:the )?country['’]s|\p{Lu}\p{L}+['’]s)\s+(?:(?:\d+|[a-z]+)-year(?:-old)?\s+)?(?:civil war|war|conflict|crisis|uprising|revolution|violence)\b/iu;
const SINCE_THE_WAR_BEGAN = /\bsince\s+(?:it\s+(?:started|began|erupted|broke out)|the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:civil war|war|conflict|crisis|uprising|revolution)|(?:the\s+)?(?:war|conflict|crisis|uprising)\s+(?:started|began|erupted|broke out)|(?:(?:early|mid|late|March)\s+)?2011)\b/i;

const countryCache = new WeakMap<ConflictProfile, { names: Set<string>; wide: RegExp | null }>();
function countryInfo(profile: ConflictProfile) {
  let info = countryCache.get(profile);
  if (!info) {
    const names = profile.places.filter((p) => p.kind === "country").flatMap((p) => [p.name, ...p.aliases]);
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    const wide = alternatives
      ? new RegExp(`\\b(?:(across|throughout|all over)\\s+(${alternatives})|((?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\\s+(${alternatives}))\\b(?!['’]s|\\s+(?:Democratic|Observatory|Arab|Network|Center|Centre))`, "gu")
      : null;
    info = { names: new Set(names), wide };
    countryCache.set(profile, info);
  }
  return info;
}
const countryNames = (profile: ConflictProfile) => countryInfo(profile).names;
const countryWidePattern = (profile: ConflictProfile) => countryInfo(profile).wide;

/**
 * The place of a toll of the whole war that names none ("the conflict has claimed the
 * lives of over 470,000"): the country. A war word alone is not enough ("killed in the
 * violence" of one day); the sentence must count since the war began, or count at the
 * scale no single event reaches.
 */
export function wholeWarPlace(sentence: string, low: number | null, profile: ConflictProfile): string | null {
  const country = profile.places.find((p) => p.kind === "country")?.name;
  if (!country || !WAR_WORDS.test(sentence) && !/\bviolence\b/i.test(sentence)) return null;
  // "the deadliest clashes since the start of the war" dates a comparison, not the count.
  const since = SINCE_THE_WAR_BEGAN.exec(sentence);
  const comparison = since && /\b(?:deadliest|worst|bloodiest|heaviest|largest|biggest|highest|fiercest|first)\b/i.test(sentence.slice(0, since.index));
  const wholeWar = (since && !comparison) || (WHOLE_WAR_SUBJECT.test(sentence) && (low ?? 0) >= 10_000);
  return wholeWar ? country : null;
}

/** The most specific place, nearest to `near` on a tie. */
export function bestPlace(candidates: Candidate[], near: number): string | null {
  if (!candidates.length) return null;
  const best = [...candidates].sort((a, b) => b.rank - a.rank || Math.abs(a.at - near) - Math.abs(b.at - near))[0];
  return best.written.replace(/\s+/g, " ").trim();
}

/** "Hasakah, Syria – ...", "TADMUR, Syria, May 24 (UPI) --": the dateline, when it names a place. */
export function findDateline(text: string, profile: ConflictProfile): string | null {
  for (const line of text.split("\n").slice(0, 12)) {
    const m = /^\s*([A-Z][\p{L}' -]{2,30}?),\s+(?:Syria|Kurdistan)\b[^\n]{0,30}?(?:–|—|--|-|:)/u.exec(line) ?? /^\s*([A-Z][A-Z' -]{2,30}):/u.exec(line);
    if (!m) continue;
    const known = placesIn(m[1], 0, m[1].length, profile);
    if (known.length || /Syria/.test(m[0])) return known.length ? m[1].trim().replace(/^([A-Z])([A-Z]+)$/, (_, a, b) => a + b.toLowerCase()) : m[1].trim();
  }
  return null;
}
