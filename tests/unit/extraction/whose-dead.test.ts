// Whose dead a figure counts, read from the sentence's structure: the group attached
// after the counted noun, who killed whom, what a partisan word means in its
// speaker's mouth, and numbers whose noun is left out. Every sentence here is
// written for the tests; none is taken from a corpus.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

const claims = (text: string, outlet = "Test Wire") =>
  extractClaims(text, { outlet, published: "2016-03-10", publishedPrecision: "day" }, getProfile()).map((c) => ({
    n: c.numberText,
    side: c.side,
    outcome: c.outcome,
    low: c.low,
    high: c.high,
  }));
const sideOf = (text: string, numberText: string, outlet?: string) => claims(text, outlet).find((c) => c.n === numberText)?.side;

describe("groups attached after the counted noun", () => {
  it("does not give a foreign army's soldiers to the regime because 'soldier' is one of its words", () => {
    expect(sideOf("A Turkish soldier was killed in a YPG attack near Afrin.", "A Turkish soldier")).toBe("unknown");
    expect(sideOf("Two Russian soldiers were killed by shelling in Deir ez-Zor.", "Two")).toBe("regime");
  });

  it("gives soldiers the army named after them, not the state's side that 'soldiers' defaults to", () => {
    expect(sideOf("Four soldiers of the Turkish army were killed by YPG fire, the ministry said.", "Four")).toBe("unknown");
    expect(sideOf("Three soldiers from the US-led coalition were wounded.", "Three")).toBe("coalition");
  });

  it("counts one adviser, pilot or sniper, and gives Russian and Iranian military personnel to the regime's side", () => {
    expect(claims("A Russian military adviser was killed near Hama.").map((c) => [c.n, c.side, c.low])).toEqual([["A Russian military adviser", "regime", 1]]);
    expect(sideOf("Two Russian pilots died when their jet crashed.", "Two")).toBe("regime");
    expect(claims("A rebel sniper was killed.").map((c) => c.side)).toEqual(["rebels"]);
  });

  it("reads a figure inside single quotes as the verb's object", () => {
    expect(claims("The army said it had killed 'hundreds of IS terrorists' in the past week.").map((c) => c.side)).toEqual(["is"]);
  });

  it.each([
    ["Nine fighters from the National Defence Forces were killed near the dam.", "Nine", "regime"],
    ["Clashes left 14 militants from Ahrar al-Sham dead.", "14", "rebels"],
    ["Seven gunmen loyal to the regime were killed in the ambush.", "Seven", "regime"],
    ["A commander in ISIS was killed in the raid.", "A commander", "is"],
    ['Eleven members of the so-called "Islamic State" were killed.', "Eleven", "is"],
    ["The Kurdish units said 20 of their fighters were killed last week.", "20", "kurdish"],
  ])("%s", (text, n, side) => {
    expect(sideOf(text, n)).toBe(side);
  });
});

describe("who killed whom", () => {
  it("reads a short name of a group after the count ('11 Nusra militants')", () => {
    expect(sideOf("Hezbollah said its fighters killed 11 Nusra militants near the border.", "11")).toBe("rebels");
  });

  it("gives a part named 'among' its total the total's outcome", () => {
    expect(claims("Five children were among 15 people killed in an airstrike.").find((c) => c.n === "Five")).toMatchObject({ side: "civilians", outcome: "killed" });
  });

  it("gives 'N of his men' the side of the person counted just before", () => {
    expect(sideOf("An IS commander and 4 of his aides were killed near Raqqa.", "4")).toBe("is");
  });

  it("counts the dead of whoever lost them", () => {
    const found = claims("Government forces lost 9 men in the ambush, while the rebels lost 3.");
    expect(found.map((c) => [c.n, c.side, c.outcome])).toEqual([
      ["9", "regime", "killed"],
      ["3", "rebels", "killed"],
    ]);
  });

  it("gives the dead of an active verb their own side, not the subject's", () => {
    expect(sideOf("YPG fighters killed 20 IS militants in the village.", "20")).toBe("is");
    expect(sideOf("IS militants killed 12 soldiers at the checkpoint.", "12")).toBe("regime");
  });

  it("never gives generic dead the side of the group that killed them", () => {
    const text = "The YPG defended the town for a week. About 40 fighters were killed by ISIS in the last assault.";
    expect(sideOf(text, "About 40")).toBe("kurdish");
  });

  it("reads the owner of an attack as the killer", () => {
    const text = "Regime forces held the hill. An ISIS attack on the hill killed 15 fighters.";
    expect(sideOf(text, "15")).toBe("regime");
  });

  it("reads the subject of a clause as the killer of its trailing participle, not the name nearest to it", () => {
    expect(sideOf("The army repelled an attack by ISIS, killing 23 of them.", "23")).toBe("is");
    expect(sideOf("Kurdish units repelled the raid, killing 9 assailants.", "9")).not.toBe("kurdish");
  });

  it("reads the sides of a fight between two as the fighters' sides, not as the killer", () => {
    expect(sideOf("Fighting between regime forces and rebels killed 30 fighters on Monday.", "30")).toBe("mixed");
    expect(sideOf("Clashes erupted between IS and the YPG, killing 12 fighters.", "12")).toBe("mixed");
  });

  it("reads whom fighters surrendered to as their captor", () => {
    expect(sideOf("State media said 60 gunmen had surrendered to the army in Daraa.", "60")).not.toBe("regime");
  });

  it("reads the group the dead are counted among ('112 dead among pro-government forces')", () => {
    expect(sideOf("The monitor counted 112 dead among pro-government forces.", "112")).toBe("regime");
  });

  it("reads whose dead a running count counts from its subject ('the number of dead soldiers rose to 27')", () => {
    expect(sideOf("The number of dead soldiers rose to 27.", "27")).toBe("regime");
    expect(sideOf("The toll among the rebels has risen to 40.", "40")).toBe("rebels");
    expect(sideOf("The death toll rose to 12.", "12")).toBe("unknown");
  });

  it("reads 'at the hands of' as the killer", () => {
    const text = "Rebels had entered the village. Eight fighters died at the hands of the regime.";
    expect(sideOf(text, "Eight")).toBe("rebels");
  });
});

describe("partisan words take their meaning from the speaker and the groups around them", () => {
  it("a partisan word with no group named nearby means the group the report counted before under that word", () => {
    const text = "YPG: 42 ISIS mercenaries killed near Ain Issa\n\nIn a statement, the YPG said that 42 mercenaries were killed in the clashes.";
    expect(claims(text, "Test Wire").map((c) => c.side)).toEqual(["is", "is"]);
  });

  it("with no group named nearby, a partisan word means the enemy the report is about", () => {
    const text = "Rebel factions shelled the western districts again. The rebels fired rockets at the market.\n\nResidents said the night was quiet. Shops opened in the morning. Schools stayed closed.\n\nAl-Manar said dozens of militants were killed in the countryside.";
    expect(sideOf(text, "dozens of", "TASS")).toBe("rebels");
  });

  it("reads a side's 'martyrs' as its own dead", () => {
    expect(sideOf("The YPG General Command said the number of its martyrs had reached 30.", "30")).toBe("kurdish");
  });

  it("never gives a speaker's 'terrorists' the speaker's own side", () => {
    const text = "The army advanced on positions of Jabhat al-Nusra. The army eliminated 25 terrorists, SANA said.";
    expect(sideOf(text, "25", "SANA")).toBe("rebels");
  });

  it("prefers a group an epithet can stand for over the last group named", () => {
    const text = "Islamic State fighters attacked the base held by regime forces. One assault killed 16 jihadists.";
    expect(sideOf(text, "16")).toBe("is");
  });

  it("keeps 'jihadists' and 'gangs' out of any side's aliases", () => {
    const profile = getProfile();
    for (const side of profile.sides) expect(side.aliases).not.toContain("jihadists");
  });
});

describe("the same group named again", () => {
  it("gives a repeated noun the side of its first mention in the sentence", () => {
    const found = claims("Three US servicemen were killed and five servicemen were wounded in the blast.");
    expect(found.map((c) => [c.n, c.side, c.outcome])).toEqual([
      ["Three", "coalition", "killed"],
      ["five", "coalition", "wounded"],
    ]);
  });

  it("reads the bodies a side buries as its own dead", () => {
    expect(sideOf("Supporters of the YPG held the funeral of 6 bodies in Amuda on Sunday.", "6")).toBe("kurdish");
  });
});

describe("numbers whose noun is left out", () => {
  it("gives each item of a list the noun and verb of the first", () => {
    const found = claims("Shelling killed 12 civilians in Bab, 9 in Qabasin and 4 in Tadef.");
    expect(found.map((c) => [c.n, c.side, c.outcome])).toEqual([
      ["12", "civilians", "killed"],
      ["9", "civilians", "killed"],
      ["4", "civilians", "killed"],
    ]);
  });

  it("reads 'claim lives of' in a headline", () => {
    expect(claims("Rocket attacks claim lives of 6 civilians in Aleppo").map((c) => [c.n, c.side, c.outcome])).toEqual([["6", "civilians", "killed"]]);
  });

  it("reads 'were documented killed' as killed", () => {
    expect(claims("Six rebels were documented killed in the shelling.")).toEqual([{ n: "Six", side: "rebels", outcome: "killed", low: 6, high: 6 }]);
  });

  it("does not let 'the injured' in a relative clause make the dead wounded", () => {
    expect(claims("Three of the paramedics who were treating the injured lost their lives.").map((c) => c.outcome)).toEqual(["killed"]);
  });

  it("gives a second verb's bare count the noun of the first ('killed 5 soldiers and wounded 12')", () => {
    expect(claims("The attack killed 5 soldiers and wounded 12.").map((c) => [c.n, c.side, c.outcome])).toEqual([
      ["5", "regime", "killed"],
      ["12", "regime", "wounded"],
    ]);
  });

  it("reads a list after 'among the dead were', a total 'from both sides', and 'its own' dead", () => {
    expect(claims("Among the dead were 4 women and 3 children.").map((c) => [c.n, c.side])).toEqual([
      ["4", "civilians"],
      ["3", "civilians"],
    ]);
    expect(sideOf("In total, 93 fighters from both sides were killed.", "93")).toBe("mixed");
    expect(sideOf("ISIS executed 15 of its own fighters for desertion.", "15")).toBe("is");
  });

  it("does not take the owner of a repelled attack for the killer", () => {
    expect(sideOf("The YPG repelled an attack by ISIS mercenaries on the town, killing 23 of them.", "23")).toBe("is");
    expect(sideOf("Kurdish forces repelled an IS attack on the town, killing 22 jihadists, the YPG said.", "22")).toBe("is");
  });

  it("reads 'wound' before a count as the verb", () => {
    expect(claims("The warplanes kill 14 and wound tens of others.").map((c) => [c.n, c.outcome])).toEqual([
      ["14", "killed"],
      ["tens of", "wounded"],
    ]);
  });

  it("reads a part named by a copula after 'of whom', and a list continued by 'in addition to'", () => {
    const found = claims("The toll of the week rose to 120 people killed, 40 of whom were civilians, in addition to 55 regime soldiers.");
    expect(found.filter((c) => c.n !== "120").map((c) => [c.n, c.side, c.outcome])).toEqual([
      ["40", "civilians", "killed"],
      ["55", "regime", "killed"],
    ]);
  });

  it("does not count an age", () => {
    expect(claims("Among the dead were 9 children under the age of fifteen.").map((c) => c.low)).toEqual([9]);
  });
});

describe("who says so, clause by clause", () => {
  it("gives each clause of 'X said …, while Y said …' its own source", () => {
    const text = "The state agency SANA said gunmen killed 12 civilians, while the Syrian Observatory for Human Rights said 30 civilians were killed.";
    const found = extractClaims(text, { outlet: "Test Wire", published: "2016-03-10", publishedPrecision: "day" }, getProfile());
    expect(found.map((c) => [c.numberText, c.claimant, c.claimantCanonical])).toEqual([
      ["12", "SANA", "SANA"],
      ["30", "SOHR", "SOHR"],
    ]);
  });
});
