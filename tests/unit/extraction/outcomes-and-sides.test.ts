// Outcome words (with euphemisms), several figures in one sentence, and sides found
// through the profile's aliases. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

const META = { outlet: "Test Wire", published: "2016-03-10", publishedPrecision: "day" as const };
const summary = (text: string) => extractClaims(text, META, getProfile()).map((c) => `${c.side}/${c.outcome}/${c.low}`);

const ROWS: { title: string; text: string; expected: string[] }[] = [
  { title: "splits 'at least 30 of X and 20 of Y' into one claim per side", text: "The battle caused the death of at least 30 members of the regime forces and 20 IS members.", expected: ["regime/killed/30", "is/killed/20"] },
  { title: "splits 'two civilians dead and 21 others wounded'", text: "The shelling left two civilians dead and 21 others wounded.", expected: ["civilians/killed/2", "civilians/wounded/21"] },
  { title: "splits 'killed 5 and wounded 10'", text: "The drone strike killed 5 and wounded 10.", expected: ["unknown/killed/5", "unknown/wounded/10"] },
  { title: "counts 'killing and injuring dozens' once per outcome", text: "Jets bombed the market, killing and injuring dozens of people.", expected: ["unknown/killed/24", "unknown/wounded/24"] },
  { title: "reads surrender as captured, not a call to surrender", text: "Forty rebels surrendered in Daraa, and the army called on the 300 others to surrender.", expected: ["rebels/captured/40"] },
  { title: "reads 'laid down their arms' as captured", text: "Nearly two hundred rebels laid down their arms.", expected: ["rebels/captured/200"] },
  { title: "reads 'lost their lives' as killed", text: "Six civilians lost their lives in the explosion.", expected: ["civilians/killed/6"] },
  { title: "reads 'made the ultimate sacrifice' as killed", text: "Three YPG fighters made the ultimate sacrifice defending the hill.", expected: ["kurdish/killed/3"] },
  { title: "reads 'fell martyr' as killed", text: "Four Asayish members fell martyr during the night.", expected: ["kurdish/killed/4"] },
  { title: "reads 'dead victims' as killed", text: "Rescuers counted 9 dead victims under the rubble.", expected: ["unknown/killed/9"] },
  { title: "reads 'the death toll has risen to 50' as killed", text: "The death toll has risen to 50 after the blast.", expected: ["unknown/killed/50"] },
  { title: "reads 'N injured civilians' as wounded civilians", text: "Medics treated 17 injured civilians.", expected: ["civilians/wounded/17"] },
  { title: "keeps arrested fighters as captured", text: "The Asayish arrested five ISIS members near the border.", expected: ["is/captured/5"] },
  { title: "does not count 'the capture of the village'", text: "The army announced the capture of the village after two days.", expected: [] },
  { title: "finds pro-Assad militias by alias", text: "Eleven NDF militiamen were killed in the ambush.", expected: ["regime/killed/11"] },
  { title: "finds IS written as 'IS' but not the verb 'is'", text: "It is reported that 7 IS fighters were killed.", expected: ["is/killed/7"] },
  { title: "finds Daesh by alias", text: "Airstrikes killed 15 Daesh terrorists.", expected: ["is/killed/15"] },
  { title: "finds SDF fighters as kurdish", text: "Two SDF fighters died of their wounds.", expected: ["kurdish/killed/2"] },
  { title: "counts 'women and children' as civilians", text: "At least 9 women and children were killed.", expected: ["civilians/killed/9"] },
  { title: "reads 'took N captive' as captured", text: "Kurdish forces took 60 ISIS fighters captive.", expected: ["is/captured/60"] },
  { title: "calls a total of people 'mostly militants' mixed", text: "More than 80 people, mostly militants, were killed in the clashes.", expected: ["mixed/killed/81"] },
  { title: "calls a list naming two sides mixed", text: "The group executed 40 civilians and soldiers.", expected: ["mixed/killed/40"] },
  // The Kurdish units are the subject of "killing": the militants they killed are the attackers named before.
  { title: "gives generic fighters the side named before, not the side that killed them", text: "ISIS attacked the outpost at dawn. Kurdish units repelled the group, killing 12 militants.", expected: ["is/killed/12"] },
  { title: "keeps a total of people apart from its sub-counts of women and children", text: "The strike killed 20 people, including 6 children and 4 women.", expected: ["unknown/killed/20"] },
  { title: "calls a total that the report splits across sides mixed", text: "The explosion killed 16 people. The monitor said the blast killed 9 Asayish members and seven civilians.", expected: ["mixed/killed/16", "kurdish/killed/9", "civilians/killed/7"] },
];

describe("outcomes and sides", () => {
  it.each(ROWS)("$title", ({ text, expected }) => {
    expect(summary(text)).toEqual(expected);
  });
});
