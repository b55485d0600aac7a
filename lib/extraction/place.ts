// The place a claim is about: the most specific one its sentence names (a
// neighbourhood before a village, a village before a city), a place named by
// pattern ("the village of X", "near X roundabout"), else the report's dateline
// ("Hasakah, Syria –") when it names a known place.
import type { ConflictProfile, PlaceKind } from "@/lib/profiles/schema";
import { foldText, wordKey } from "./normalize";

type Candidate = { written: string; rank: number; at: number };

const RANK: Record<PlaceKind, number> = { site: 6, neighbourhood: 6, village: 5, town: 4, city: 3, province: 2, country: 1 };
const KIND_WORDS: [RegExp, number][] = [
  [/^(neighbo(?:u)?rhoods?|districts?|quarters?|roundabout|street|market|camp)$/i, 6],
  [/^(villages?|suburbs?)$/i, 5],
  [/^(towns?)$/i, 4],
  [/^(city)$/i, 3],
  [/^(province|governorate|countryside|mountains?|desert|valley|plains?|region)$/i, 2],
];
const NAME = "((?:[Aa]l-\\s?|[Ee]l-\\s?|[Aa]l\\s)?[A-Z][\\p{L}'’-]*(?:\\s+(?:al-\\s?)?[A-Z][\\p{L}'’-]*){0,3})";
const OF_PATTERN = new RegExp(`\\b(neighbo(?:u)?rhood|district|village|town|city|suburb|area|region|province)s?\\s+of\\s+${NAME}`, "gu");
const BEFORE_PATTERN = new RegExp(`${NAME}\\s+(neighbo(?:u)?rhood|district|roundabout|village|town|countryside|province|area|mountains?|desert|valley|plains?)\\b`, "gu");
/** "the battle for Khan Tuman", "the assault on Jisr al-Shughour": the place fought over. */
const CONTESTED_PATTERN = new RegExp(`\\b(?:battle|battles|fight|fighting|offensive|assault|attack|attacks|push|advance|siege|clashes)\\s+(?:for|on|of|around)\\s+(?:the\\s+)?(?:(?:town|city|village|district)\\s+of\\s+)?${NAME}`, "gu");
const NEAR_PATTERN = new RegExp(`\\bnear\\s+(?:the\\s+)?${NAME}`, "gu");
/** "19 in Beshtak": a capitalised name after "in"/"at", the weakest evidence of a place. */
const IN_PATTERN = new RegExp(`\\b(?:in|at)\\s+(?:(?:[\\p{L}]+-(?:controlled|held|besieged))\\s+)?${NAME}`, "gu");
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|His|Her|Their|Its|Syria|Syrian|Turkey|Iraq|Lebanon|Jordan|Israel|Russia|Iran|Britain|London|Washington|Moscow|Geneva|Beirut|Ankara|Tehran|Islamic|Kurdish|Arab|English|Arabic|Ramadan|Eid)\b/u;

/** "Edlib Media Centre", "Idlib Health Directorate", "Damascus Staff Writer": a place word inside a name of an organisation or a byline. */
const ORGANISATION_AFTER = /^\s+(?:Media\s+(?:Cent(?:er|re)|Office)|Health\s+Directorate|Police\s+Command|(?:Local\s+|Provincial\s+|Governorate\s+)?Council|Staff\s+Writer|Coordination|News\s+Network|Civil\s+Defen[cs]e|Revolutionary)\b/u;
/** "in US-led strikes", "in Iraqi territory": adjectives, not places. */
const ADJECTIVE_FORM = /-(?:led|backed|based|run|owned|held|controlled)$|^(?:Iraqi|Russian|Turkish|American|Iranian|Lebanese|Jordanian|Israeli|Saudi|Qatari|British|French|Western|Eastern|Northern|Southern)$/;

/** Words of organisations' and armed groups' names (Arabic ones too: jaish = army, liwa = brigade, faylaq = corps). */
const ORGANISATION_WORDS = /\b(?:Staff|Writer|Media|Directorate|Command|Council|Network|Jaish|Jaysh|Liwa|Harakat|Jabhat|Faylaq|Ahrar|Firqat|Kataib|Katiba|Brigades?|Division|Front|Army|Forces|Units|Movement|Battalions?|Regiment|Corps)\b/u;

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

type PlaceName = { words: string[]; folded: string; name: string; rank: number };
/** The profile's place names by their first word, so a sentence is scanned once, not once per name. */
const namesCache = new WeakMap<ConflictProfile, Map<string, PlaceName[]>>();

function placeNames(profile: ConflictProfile): Map<string, PlaceName[]> {
  let names = namesCache.get(profile);
  if (!names) {
    names = new Map();
    for (const p of profile.places) {
      for (const n of [p.name, ...p.aliases]) {
        const words = wordKey(n).split(" ").filter(Boolean);
        if (!words.length) continue;
        const list = names.get(words[0]) ?? [];
        list.push({ words, folded: foldText(n), name: p.name, rank: RANK[p.kind] });
        names.set(words[0], list);
      }
    }
    namesCache.set(profile, names);
  }
  return names;
}

/** Each distinct profile name (as its entry) found word for word in the slice, in profile order of discovery. */
function knownNamesIn(slice: string, profile: ConflictProfile): PlaceName[] {
  const index = placeNames(profile);
  const words = wordKey(slice).split(" ");
  const hits = new Set<PlaceName>();
  for (let i = 0; i < words.length; i++) {
    for (const place of index.get(words[i]) ?? []) {
      if (place.words.every((w, k) => words[i + k] === w)) hits.add(place);
    }
  }
  return [...hits];
}

export function placesIn(text: string, from: number, to: number, profile: ConflictProfile): Candidate[] {
  const slice = text.slice(from, to);
  const found: Candidate[] = [];
  const folded = foldText(slice);
  for (const place of knownNamesIn(slice, profile)) {
    // Every mention, not the first only: which figure a place goes with depends on where it is.
    let mentions = 0;
    for (let at = folded.indexOf(place.folded); at >= 0; at = folded.indexOf(place.folded, at + 1)) {
      if (isLetter(folded[at - 1]) || isLetter(folded[at + place.folded.length])) continue;
      // "the eastern countryside of Homs", "Hasaka province": named as the region around, the city is a container.
      const container = CONTAINER_BEFORE.test(folded.slice(Math.max(0, at - 30), at)) || CONTAINER_AFTER.test(folded.slice(at + place.folded.length, at + place.folded.length + 15));
      found.push({ written: slice.slice(at, at + place.folded.length), rank: container ? Math.min(place.rank, 2) : place.rank, at: from + at });
      mentions++;
    }
    if (!mentions) found.push({ written: place.name, rank: place.rank, at: from });
  }
  for (const m of slice.matchAll(OF_PATTERN)) found.push({ written: m[2], rank: rankOfWord(m[1]), at: from + (m.index ?? 0) });
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
    const locatesAnother = found.some((c) => c.at + c.written.length <= nearAt && nearAt - (c.at + c.written.length) <= 12);
    found.push({ written: m[1], rank: locatesAnother ? 1 : 5, at: nearAt + m[0].length - m[1].length });
  }
  // Compared by distinct spelling, not by occurrence: a long text names the same places again and again.
  const spellings = new Set(found.map((c) => c.written));
  for (const m of slice.matchAll(IN_PATTERN)) {
    if (NOT_PLACES.test(m[1]) || isSideName(m[1], profile) || spellings.has(m[1]) || ADJECTIVE_FORM.test(m[1])) continue;
    if ([...spellings].some((w) => w.includes(m[1]) || m[1].includes(w))) continue;
    found.push({ written: m[1], rank: 2, at: from + (m.index ?? 0) });
    spellings.add(m[1]);
  }
  // The whole country is a claim's place only for a toll of the war itself ("Syria's civil war has killed ...").
  const wholeWar = /\b(?:civil war|war|conflict|crisis|uprising|revolution)\b/i.test(slice);
  return found
    .filter((c) => !ORGANISATION_AFTER.test(text.slice(c.at + c.written.length, c.at + c.written.length + 30)) && !ORGANISATION_WORDS.test(c.written))
    .map((c) => ({ ...c, written: c.written.replace(/^[\p{L}]+-(?:controlled|held|besieged)\s+/u, "") }))
    .filter((c) => c.written.length > 2 && !/^(The|Syrian|Islamic|Kurdish)$/.test(c.written) && (c.written !== "Syria" || wholeWar));
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
