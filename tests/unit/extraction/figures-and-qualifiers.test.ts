// Figures as digits or words, their qualifiers, and vague words by convention.
// Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

const META = { outlet: "Test Wire", published: "2016-03-10", publishedPrecision: "day" as const };
const claimsOf = (text: string, convention?: "literal-v1" | "acled") => extractClaims(text, META, getProfile(), { convention });

type Row = { title: string; text: string; low: number; high: number | null; qualifier: string; numberText: string };

const ROWS: Row[] = [
  { title: "reads 'several dozen' as dozens", text: "Several dozen IS fighters were taken prisoner.", low: 24, high: null, qualifier: "vague", numberText: "Several dozen" },
  { title: "reads 'a handful of' as a few", text: "A handful of rebels surrendered to the army.", low: 2, high: null, qualifier: "vague", numberText: "A handful of" },
  { title: "reads digits as an exact figure", text: "14 civilians were killed in the raid.", low: 14, high: 14, qualifier: "exact", numberText: "14" },
  { title: "reads thousands separators", text: "The monitor said 1,240 people were killed in the offensive.", low: 1240, high: 1240, qualifier: "exact", numberText: "1,240" },
  { title: "reads hyphenated number words", text: "Twenty-one soldiers were killed at the checkpoint.", low: 21, high: 21, qualifier: "exact", numberText: "Twenty-one" },
  { title: "reads 'one hundred fifty' as 150", text: "The shelling killed one hundred fifty people.", low: 150, high: 150, qualifier: "exact", numberText: "one hundred fifty" },
  { title: "reads 'a dozen' as about 12", text: "A dozen villagers were killed overnight.", low: 12, high: 12, qualifier: "about", numberText: "A dozen" },
  { title: "reads 'more than a hundred' as 101 or more", text: "More than a hundred fighters were killed.", low: 101, high: null, qualifier: "at_least", numberText: "More than a hundred" },
  { title: "reads 'around a thousand' as about 1000", text: "Around a thousand people have been killed.", low: 1000, high: 1000, qualifier: "about", numberText: "Around a thousand" },
  { title: "reads 'two dozen' as 24", text: "Two dozen civilians were among the dead.", low: 24, high: 24, qualifier: "exact", numberText: "Two dozen" },
  { title: "reads 'a million' scale words", text: "The war has claimed the lives of 1.2 million people.", low: 1_200_000, high: 1_200_000, qualifier: "exact", numberText: "1.2 million" },
  { title: "keeps 'at least 30' open at the top", text: "At least 30 fighters were killed in the ambush.", low: 30, high: null, qualifier: "at_least", numberText: "At least 30" },
  { title: "keeps 'at least' written after the noun open", text: "The strike killed 8 persons at least in the market.", low: 8, high: null, qualifier: "at_least", numberText: "8 persons at least" },
  { title: "reads 'more than 29' as at least 30", text: "More than 29 villagers were killed.", low: 30, high: null, qualifier: "at_least", numberText: "More than 29" },
  { title: "reads 'over 100' as at least 101", text: "Over 100 people died in the siege.", low: 101, high: null, qualifier: "at_least", numberText: "Over 100" },
  { title: "reads 'nearly 50' as about 50", text: "Nearly 50 civilians were killed in the bombing.", low: 50, high: 50, qualifier: "about", numberText: "Nearly 50" },
  { title: "reads 'around 70' as about 70", text: "Around 70 people were wounded by the blast.", low: 70, high: 70, qualifier: "about", numberText: "Around 70" },
  { title: "reads 'some 400' as about 400", text: "The fighting killed some 400 people.", low: 400, high: 400, qualifier: "about", numberText: "some 400" },
  { title: "reads 'up to 70' as at most 70", text: "Up to 70 people may have died in the attack.", low: 1, high: 70, qualifier: "at_most", numberText: "Up to 70" },
  { title: "reads 'between 10 and 15' as a range", text: "Between 10 and 15 civilians were killed.", low: 10, high: 15, qualifier: "range", numberText: "Between 10 and 15" },
  { title: "reads 'X to Y' as a range", text: "The raid killed 10 to 15 civilians.", low: 10, high: 15, qualifier: "range", numberText: "10 to 15" },
  { title: "reads 'X-Y' as a range", text: "The strike killed 12-15 civilians.", low: 12, high: 15, qualifier: "range", numberText: "12-15" },
  { title: "values 'dozens of' by the literal convention", text: "Dozens of soldiers were killed.", low: 24, high: null, qualifier: "vague", numberText: "Dozens of" },
  { title: "values 'scores of' at 40", text: "Scores of militants were killed in the raids.", low: 40, high: null, qualifier: "vague", numberText: "Scores of" },
  { title: "values 'tens of' at 20", text: "Gunmen killed tens of villagers.", low: 20, high: null, qualifier: "vague", numberText: "tens of" },
  { title: "values 'hundreds of' at 200", text: "The siege killed hundreds of civilians.", low: 200, high: null, qualifier: "vague", numberText: "hundreds of" },
  { title: "values 'several' at 3", text: "Several rebels were killed on the front.", low: 3, high: null, qualifier: "vague", numberText: "Several" },
  { title: "values 'a number of' at 2", text: "A number of civilians were wounded.", low: 2, high: null, qualifier: "vague", numberText: "A number of" },
  { title: "reads 'no casualties were reported' as an exact zero", text: "A car bomb exploded near the bridge, but no casualties were reported.", low: 0, high: 0, qualifier: "exact", numberText: "no casualties were reported" },
];

describe("figures and qualifiers", () => {
  it.each(ROWS)("$title", ({ text, low, high, qualifier, numberText }) => {
    const [claim] = claimsOf(text);
    expect(claim).toBeDefined();
    expect({ low: claim.low, high: claim.high, qualifier: claim.qualifier, numberText: claim.numberText }).toEqual({ low, high, qualifier, numberText });
  });

  it("stores the convention that valued a vague word, and switches to ACLED's on request", () => {
    const [literal] = claimsOf("Dozens of soldiers were killed.");
    const [acled] = claimsOf("Dozens of soldiers were killed.", "acled");
    expect([literal.convention, literal.low, literal.vagueTerm]).toEqual(["literal-v1", 24, "dozens"]);
    expect([acled.convention, acled.low]).toEqual(["acled", 12]);
  });

  it("takes the middle of a range as its point (rounded down)", () => {
    expect(claimsOf("Between 10 and 15 civilians were killed.")[0].point).toBe(12);
  });

  it("copies the figure for 'as many others'", () => {
    const claims = claimsOf("Four children lost their lives and as many others were injured.");
    expect(claims.map((c) => [c.outcome, c.low, c.high])).toEqual([["killed", 4, 4], ["wounded", 4, 4]]);
  });
});
