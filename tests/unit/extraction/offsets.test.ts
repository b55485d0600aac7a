// Quotes and number positions are offsets into the report as stored, whatever
// spaces, quotes and hyphens it uses.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

const META = { outlet: "Test Wire", published: "2016-03-10", publishedPrecision: "day" as const };

const TEXTS = [
  { title: "survives no-break spaces", text: "Headline\n\nAt\u00a0least\u00a030 soldiers were killed\u00a0on Thursday." },
  { title: "survives curly quotes and apostrophes", text: "\u201cTwelve of the group\u2019s fighters were killed,\u201d the commander said." },
  { title: "survives odd hyphens and dashes", text: "Hasakah, Syria \u2013 Twenty\u2011one pro\u2011regime fighters were killed \u2014 the army said." },
  { title: "survives a text with several paragraphs", text: "First line.\n\nNothing here.\n\nLater, 5 civilians were killed and 9 others wounded." },
];

describe("offsets", () => {
  it.each(TEXTS)("$title", ({ text }) => {
    const claims = extractClaims(text, META, getProfile());
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(text.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
      expect(text.slice(c.numberStart, c.numberEnd)).toBe(c.numberText);
      expect(c.numberStart).toBeGreaterThanOrEqual(c.spanStart);
    }
  });

  it("gives the same claims for the same text every time", () => {
    const text = "At least 30 members of the regime forces and 20 IS members were killed on Tuesday.";
    expect(extractClaims(text, META, getProfile())).toEqual(extractClaims(text, META, getProfile()));
  });
});
