// Who gave a figure, read from how reports attribute: a source named once goes on
// speaking in later paragraphs, an aside between a source and its verb, the agency
// that reports another's words at the sentence's end, a quoted name inside a noun
// phrase, and a description ("a monitor") that stands for the registered claimant
// the report names. Every sentence here is written for the tests.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

const whoSaid = (text: string, numberText: string) => {
  const claim = extractClaims(text, { outlet: "Test Wire", published: "2016-03-10", publishedPrecision: "day" }, getProfile()).find((c) => c.numberText === numberText);
  return claim && { claimant: claim.claimant, canonical: claim.claimantCanonical };
};

describe("who says so", () => {
  it("a named source goes on speaking in the next paragraphs until another is named", () => {
    const text = "The Syrian Observatory for Human Rights said 12 soldiers were killed in Idlib.\n\nAnother 5 rebels were killed in Hama.\n\nThe army said 40 militants were killed.\n\nSeven more died overnight.";
    expect(whoSaid(text, "Another 5")?.canonical).toBe("SOHR");
    expect(whoSaid(text, "Seven")?.claimant).toBe("The army");
  });

  it("a short form the registry knows is the source when no source was named before it", () => {
    expect(whoSaid("Nine soldiers were killed near Hama, the observatory said.", "Nine")?.canonical).toBe("SOHR");
    expect(whoSaid("The US-led coalition said 2 of its service members died.", "2")?.canonical).toBe("Operation Inherent Resolve");
  });

  it("a source's role in apposition may come without an article ('X, head of the monitor, told AFP')", () => {
    expect(whoSaid("Rami Abdel Rahman, head of the monitor, told AFP that 30 IS fighters died.", "30")?.canonical).toBe("SOHR");
    expect(whoSaid("Abu Salem, commander of the brigade, said 6 fighters were killed.", "6")?.claimant).toBe("Abu Salem (commander of the brigade)");
  });

  it("'put the toll at N' is a claim of its speaker", () => {
    expect(whoSaid("Activists said 10 people were killed. The Local Coordination Committees put the toll at 15.", "15")?.canonical).toBe("LCC");
  });

  it("a headline names its source before or after a colon, when the registry knows it", () => {
    expect(whoSaid("YPG: 23 ISIS mercenaries killed in Manbij clashes", "23")?.canonical).toBe("YPG General Command");
    expect(whoSaid("Over 770 killed in Eastern Ghouta in 10 days: MSF", "Over 770")?.canonical).toBe("MSF");
    expect(whoSaid("BEIRUT: 12 soldiers were killed on Monday.", "12")?.claimant).toBe("Test Wire");
  });

  it("'claimed the lives of' reports no statement; 'the ministry said' with no source before it is the ministry", () => {
    expect(whoSaid("The attack claimed lives of 12 people.", "12")?.claimant).toBe("Test Wire");
    expect(whoSaid("The bombing claimed the lives of 7 civilians, the ministry said.", "7")?.claimant).toBe("the ministry");
  });

  it("an aside between the source and its verb says how it spoke, not who spoke", () => {
    expect(whoSaid("A military source, speaking on condition of anonymity, said 7 soldiers were killed in Daraa.", "7")?.claimant).toBe("A military source");
    expect(whoSaid("The Beirut-based Al-Mayadeen TV, which is close to the government, said 30 soldiers were killed in Palmyra.", "30")?.canonical).toBe("Al-Mayadeen");
  });

  it("what follows an inverted verb is what was said, not who said it", () => {
    expect(whoSaid("Fighting went on near the town, said ISIL killed 28 people there.", "28")?.claimant).not.toMatch(/killed/);
  });

  it("the agency named at the sentence's end reports its source's words", () => {
    const claim = whoSaid("A police source said 3 civilians were killed in Homs, Syria's official news agency, SANA, reported.", "3");
    expect(claim).toEqual({ claimant: "A police source (via SANA)", canonical: "Syrian police" });
  });

  it("reads reporting verbs beyond 'said': revealed, identified, recounted", () => {
    expect(whoSaid("The YPG revealed that 10 of its fighters were killed in Tal Abyad.", "10")?.canonical).toMatch(/^YPG\b/);
    expect(whoSaid("A local official recounted the attack that left 6 civilians dead.", "6")?.claimant).toBe("A local official");
  });

  it("a short name in quotation marks inside a noun phrase is the source's name", () => {
    expect(whoSaid("The IS-run “Amaq” news agency said 9 soldiers were killed near Deir Ezzor.", "9")?.canonical).toBe("Amaq");
  });

  it("a description stands for the one registered claimant of its kind the report names", () => {
    const text = "Twelve soldiers were killed in Aleppo on Monday, a monitor said.\n\nThe Syrian Observatory for Human Rights said 4 rebels died in the fighting.";
    expect(whoSaid(text, "Twelve")).toEqual({ claimant: "a monitor (SOHR)", canonical: "SOHR" });
    const two = `${text}\n\nThe Syrian Network for Human Rights said 6 civilians died.`;
    expect(whoSaid(two, "Twelve")?.canonical ?? null).toBeNull(); // two monitors: either could be meant
  });
});
