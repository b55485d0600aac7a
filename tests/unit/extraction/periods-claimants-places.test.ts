// Periods resolved against the publication date, claimants and places. Every
// sentence here is written for the tests. 2016-03-10 is a Thursday.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

type Meta = { outlet: string; published: string | null; publishedPrecision: "day" | "month" | "unknown" };
const DAY: Meta = { outlet: "Test Wire", published: "2016-03-10", publishedPrecision: "day" };
const first = (text: string, meta: Meta = DAY) => extractClaims(text, meta, getProfile())[0];

const PERIODS: { title: string; text: string; meta?: Meta; start: string | null; end: string | null; scope?: string }[] = [
  { title: "reads 'Thursday' as the publication day when it is a Thursday", text: "Nine soldiers were killed on Thursday.", start: "2016-03-10", end: "2016-03-10" },
  { title: "reads 'Tuesday' as the last Tuesday before publication", text: "Nine soldiers were killed on Tuesday.", start: "2016-03-08", end: "2016-03-08" },
  { title: "reads 'Wednesday night' as that Wednesday", text: "Late Wednesday night, 4 rebels were killed.", start: "2016-03-09", end: "2016-03-09" },
  { title: "reads 'on Monday and Tuesday' as both days", text: "Clashes on Monday and Tuesday killed 17 IS militants.", start: "2016-03-07", end: "2016-03-08" },
  { title: "reads 'since the start of the year' as a total to publication", text: "Since the start of the year, 1,200 civilians have been killed.", start: "2016-01-01", end: "2016-03-10", scope: "cumulative" },
  { title: "reads 'so far this month' as a total to publication", text: "So far this month, 45 soldiers have died.", start: "2016-03-01", end: "2016-03-10", scope: "cumulative" },
  { title: "reads 'last Thursday' in a Thursday report as a week earlier", text: "Last Thursday 4 rebels were killed.", start: "2016-03-03", end: "2016-03-03" },
  { title: "reads 'late February' as February 21-29", text: "In late February 43 civilians were killed.", start: "2016-02-21", end: "2016-02-29" },
  { title: "reads 'since March 1' as March 1 to publication, cumulative", text: "Since March 1, at least 71 soldiers have been killed.", start: "2016-03-01", end: "2016-03-10", scope: "cumulative" },
  { title: "reads 'last week' as the previous calendar week", text: "Last week, 7 rebels were killed.", start: "2016-02-29", end: "2016-03-06" },
  { title: "reads a figure for a whole month as a total over it", text: "During the month of January, 1,200 people were killed.", start: "2016-01-01", end: "2016-01-31", scope: "cumulative" },
  { title: "reads a figure for a whole year as a total over it", text: "In 2015, the monitor documented 55,000 deaths.", start: "2015-01-01", end: "2015-12-31", scope: "cumulative" },
  { title: "reads 'on 6 March' as that day", text: "On 6 March, ten civilians were killed.", start: "2016-03-06", end: "2016-03-06" },
  { title: "dates a claim with no time words on the publication day", text: "Ten civilians were killed.", start: "2016-03-10", end: "2016-03-10" },
  { title: "leaves weekdays undated in a report dated only by month", text: "Nine soldiers were killed on Tuesday.", meta: { outlet: "T", published: "2016-03", publishedPrecision: "month" }, start: null, end: null },
  { title: "leaves claims undated in a report of unknown date", text: "Nine soldiers were killed.", meta: { outlet: "T", published: null, publishedPrecision: "unknown" }, start: null, end: null },
  { title: "dates a claim whose text states the date in a report of unknown date", text: "On July 27, 2016, nine soldiers were killed.", meta: { outlet: "T", published: null, publishedPrecision: "unknown" }, start: "2016-07-27", end: "2016-07-27" },
];

describe("periods", () => {
  it.each(PERIODS)("$title", ({ text, meta, start, end, scope }) => {
    const claim = first(text, meta);
    expect([claim.periodStart, claim.periodEnd]).toEqual([start, end]);
    if (scope) expect(claim.scope).toBe(scope);
  });
});

const CLAIMANTS: { title: string; text: string; claimant: string; outlet?: string }[] = [
  { title: "names SOHR when the Observatory documented the deaths", text: "The Syrian Observatory for Human Rights documented the death of 14 civilians.", claimant: "SOHR" },
  { title: "names the source that told the outlet", text: "Medical sources in the city hospital told Test Wire that 8 civilians were killed.", claimant: "Medical sources in the city hospital" },
  { title: "names the source after 'according to'", text: "Six soldiers were killed, according to local activists.", claimant: "local activists" },
  { title: "follows 'the source said' back to the source named before", text: "A media activist, Ahmad Saleh, told Test Wire about the raid. Ten rebels were killed, the source said.", claimant: "A media activist, Ahmad Saleh" },
  { title: "names the outlet when the report speaks in its own voice", text: "Ten rebels were killed in the raid.", claimant: "Test Wire" },
  { title: "uses the monitor's short name when it is the outlet", text: "Ten rebels were killed in the raid.", claimant: "SOHR", outlet: "Syrian Observatory for Human Rights" },
];

describe("claimants", () => {
  it.each(CLAIMANTS)("$title", ({ text, claimant, outlet }) => {
    expect(first(text, { ...DAY, outlet: outlet ?? DAY.outlet }).claimant).toBe(claimant);
  });
});

const PLACES: { title: string; text: string; location: string | null }[] = [
  { title: "finds 'in the village of X'", text: "Four farmers were killed in the village of Tel Hamis.", location: "Tel Hamis" },
  { title: "finds a roundabout named with 'near'", text: "Ten soldiers were killed near al-Kahraba roundabout.", location: "al-Kahraba roundabout" },
  { title: "prefers a neighbourhood to its city", text: "In Aleppo, 5 civilians were killed in the al-Sukkari neighbourhood.", location: "al-Sukkari" },
  { title: "falls back to the dateline", text: "Hasakah, Syria – Ten soldiers were killed on Thursday.", location: "Hasakah" },
  { title: "the dateline is not the place of the sentence it opens", text: "Hasakah, SANA – Ten civilians were killed in a car bomb in Qamishli city in Hasakah province.", location: "Qamishli" },
  { title: "what is near a landmark, not the landmark", text: "Militants stormed Tabqa air base near Raqqa, and 30 soldiers were killed.", location: "Tabqa" },
  { title: "a place in an organisation's name is not where it happened", text: "The Idlib Media Centre said 8 civilians were killed in an airstrike.", location: null },
  { title: "an armed group's name after 'in' is not a place", text: "A commander in Jaish al-Izza said 12 soldiers were captured.", location: null },
  { title: "an adjective after 'in' is not a place", text: "Six civilians were killed in US-led strikes.", location: null },
  { title: "finds the place fought over ('the battle for X')", text: "At least 25 soldiers were killed in the battle for Khan Tuman.", location: "Khan Tuman" },
  { title: "finds a named range or desert ('the Qalamoun mountains')", text: "Eleven militants were killed in the Qalamoun mountains.", location: "Qalamoun" },
  { title: "finds a profile place written in another transliteration, with no pattern around it ('Hassakeh' for al-Hasakah)", text: "Hassakeh: 3 soldiers were killed.", location: "Hassakeh" },
  { title: "finds a river ('crossing the Orontes river')", text: "Shelling killed 8 civilians as they were crossing the Orontes river.", location: "Orontes" },
  { title: "finds townships ('the townships of X and Y')", text: "Dozens of militants were killed in the townships of Kafr Naha and Ruweida.", location: "Kafr Naha" },
  { title: "finds the place clashes go on around ('around X')", text: "Clashes continue around Kafr Naha, where 4 rebels were killed.", location: "Kafr Naha" },
  { title: "finds the vicinity or outskirts of a village", text: "At least 6 soldiers died on the outskirts of Kafr Naha village.", location: "Kafr Naha" },
  { title: "a neighbouring country's adjective after 'near' is not a place", text: "The army said 15 IS members were killed near the Iraqi border.", location: null },
  { title: "a place in a military council's name is not a place", text: "Two fighters of the Manbij Military Council were killed.", location: null },
  { title: "a possessive names the place ('Hasakah's battles')", text: "Hasakah’s battles left two civilians dead.", location: "Hasakah" },
  { title: "where fire came from is not where it fell", text: "Rebels in Kafr Naha fired rockets on houses, killing three civilians in the city of Aleppo.", location: "Aleppo" },
  { title: "a place in the attribution is where the source is, not the place of the figure", text: "Doctors in the hospital of the Nashwa district told the agency that Hama’s clashes left 5 civilians dead.", location: "Hama" },
  { title: "the country is the place of a toll of the whole war", text: "The conflict has claimed the lives of over 300,000 people since it began in 2011.", location: "Syria" },
  { title: "the country is the place of a figure 'across Syria'", text: "Rocket attacks killed 12 civilians across Syria.", location: "Syria" },
  { title: "a quarter of the country is a place ('in northeastern Syria')", text: "A suicide bomber killed 16 people in northeastern Syria.", location: "northeastern Syria" },
  { title: "the country is not the place of one battle compared with the whole war", text: "The fighting killed 40 soldiers in the city of Homs, the deadliest clashes since the start of the war.", location: "Homs" },
];

describe("places of figures in one sentence", () => {
  const places = (text: string) => Object.fromEntries(extractClaims(text, DAY, getProfile()).map((c) => [c.numberText, c.location]));

  it("a figure with no place of its own takes the scene set before it, not a later clause's place", () => {
    const found = places("Warplanes killed 26 people in the city of Palmyra, where 14 civilians died, while 3 rebels were killed by shelling in the al-Waer neighbourhood of Homs.");
    expect(found["14"]).toBe("Palmyra");
    expect(found["3"]).toBe("al-Waer");
  });

  it("coordinated figures share the place named after the last of them", () => {
    const found = places("Two citizens died and about 12 others were injured in the al-Waer neighbourhood of Homs.");
    expect(found["Two"]).toBe("al-Waer");
  });

  it("a claim whose paragraph names no place takes where the paragraph before left the story, not the headline's city", () => {
    const text = "Fighting in Aleppo\n\nThe army advanced on the town of Tal Rifaat on Monday.\n\nAt least 9 soldiers were killed, the source said.";
    expect(places(text)["At least 9"]).toBe("Tal Rifaat");
  });

  it("looks back over a paragraph that names no place to where the story last stood", () => {
    const text = "Fighting in Aleppo\n\nThe army lost the neighbourhoods of Salah al-Din on Monday.\n\nThe troops fled north, the source said.\n\nScores of soldiers were killed, he said.";
    expect(places(text)["Scores of"]).toBe("Salah al-Din");
  });

  it("a running total does not take the last incident's village from paragraphs back", () => {
    const text = "Clashes in Daraa\n\nThe monitor documented clashes in Daraa today.\n\nTwo soldiers were killed in the village of Kafr Naha.\n\nThe attacks continued.\n\nThe number of those killed in the same period has risen to 352 persons.";
    expect(places(text)["352"]).toBe("Daraa");
  });

  it("a place that only locates another ('east of the city of Aleppo') does not become the scene", () => {
    const text = "Warplanes hit the Sheikh Najjar district, east of the embattled northern city of Aleppo.\n\nLarge groups of militants, 30 in all, were killed.";
    expect(places(text)["30"]).toBe("Sheikh Najjar");
  });

  it("a place named twice goes with the figure beside its second mention", () => {
    const found = places("Hama, where the army advanced, saw 5 soldiers killed near Souran, and 4 fighters died in Hama.");
    expect(found["4"]).toBe("Hama");
  });
});

describe("places", () => {
  it.each(PLACES)("$title", ({ text, location }) => {
    expect(first(text).location).toBe(location);
  });

  it("resolves a place held in a city's possessive to the profile's place it can name, keeping the words as written", () => {
    const claim = first("Shells fell on Aleppo’s Qasr al-Umara district, killing 4 civilians.");
    expect([claim.location, claim.placeCanonical]).toEqual(["Aleppo’s Qasr al-Umara", "Aleppo"]);
  });
});
