// Numbers near casualty words that are not casualty counts. Each sentence is written
// for the tests; the extractor must find no claim in it (or only the listed one).
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

const META = { outlet: "Test Wire", published: "2016-03-10", publishedPrecision: "day" as const };
const figures = (text: string) => extractClaims(text, META, getProfile()).map((c) => c.numberText);

const ROWS: { title: string; text: string; expected: string[] }[] = [
  { title: "ignores vehicles", text: "The raid destroyed 4 vehicles and killed 3 fighters.", expected: ["3"] },
  { title: "ignores shells and rockets", text: "Rebels fired 40 rockets and 12 mortar shells, killing two civilians.", expected: ["two"] },
  { title: "ignores car bombs and air strikes", text: "IS detonated 3 car bombs and the coalition carried out 20 air strikes, killing 7 militants.", expected: ["7"] },
  { title: "ignores distances", text: "The village, 10 km from the front, was shelled and 2 residents were killed.", expected: ["2"] },
  { title: "ignores money", text: "They paid 20 million Syrian pounds for the release of hostages killed later.", expected: [] },
  { title: "ignores litres and barrels", text: "The strike hit a depot of 5,000 litres of fuel; 3 guards were killed.", expected: ["3"] },
  { title: "ignores villages", text: "The army captured 6 villages where 8 rebels were killed.", expected: ["8"] },
  { title: "ignores ages", text: "A 60-year-old man and his 7-year-old son were killed.", expected: ["A 60-year-old man"] },
  { title: "ignores dates and years", text: "On 14 March 2015, 11 civilians were killed.", expected: ["11"] },
  { title: "ignores ordinals and unit names", text: "The 17th Division lost 23 soldiers.", expected: ["23"] },
  { title: "ignores hour-long durations", text: "After an hour-long battle, 5 soldiers were killed.", expected: ["5"] },
  { title: "ignores displaced and fleeing people", text: "Some 3,000 people fled the town and 200 families were displaced.", expected: [] },
  { title: "ignores percentages", text: "About 40 percent of the dead were children.", expected: [] },
  { title: "ignores clock times", text: "The blast at 9:30 killed 4 people.", expected: ["4"] },
  { title: "ignores daily rates", text: "The siege killed 12 children a day.", expected: [] },
  { title: "ignores hypotheses", text: "If it is confirmed that 90 people were killed, it would be the worst attack this year.", expected: [] },
  { title: "ignores habits", text: "Usually two or three guards are killed in such raids.", expected: [] },
  { title: "ignores the whole a part is taken from", text: "Another 30 of the roughly 300 people exposed were injured.", expected: ["Another 30"] },
];

describe("non-casualty numbers", () => {
  it.each(ROWS)("$title", ({ text, expected }) => {
    expect(figures(text)).toEqual(expected);
  });
});
