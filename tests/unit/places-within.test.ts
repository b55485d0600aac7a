import { describe, expect, it } from "vitest";
import { getProfile } from "@/lib/profiles";
import { placeGroups, placesWithin } from "@/lib/profiles/places-within";
import { conflictProfileSchema } from "@/lib/profiles/schema";

const profile = getProfile();

describe("placesWithin", () => {
  it("takes in the towns of a province and the neighbourhoods of its towns", () => {
    const inside = placesWithin(profile, ["al-Hasakah province"]);
    expect(inside).toEqual(expect.arrayContaining(["al-Hasakah province", "al-Hasakah", "Nashwa", "Ghweiran", "Qamishli", "Tel Tamr"]));
    expect(inside).not.toContain("Raqqa");
  });
  it("keeps a name the profile does not know as itself", () => {
    expect(placesWithin(profile, ["Hasakah countryside"])).toEqual(["Hasakah countryside"]);
  });
});

describe("placeGroups", () => {
  it("shows each place under the nearest place picked that holds it", () => {
    const groups = placeGroups(profile, ["al-Hasakah province", "al-Hasakah"]);
    expect(groups.get("Nashwa")).toBe("al-Hasakah");
    expect(groups.get("Qamishli")).toBe("al-Hasakah province");
  });
});

describe("a profile's places", () => {
  const base = { id: "t", label: "T", sides: [{ key: "unknown", label: "U", colour: "#000000", aliases: [] }, { key: "mixed", label: "M", colour: "#000000", aliases: [] }] };
  it("lie within places the profile has, and never in a circle", () => {
    expect(conflictProfileSchema.safeParse({ ...base, places: [{ name: "A", kind: "city", within: "Nowhere" }] }).success).toBe(false);
    expect(conflictProfileSchema.safeParse({ ...base, places: [{ name: "A", kind: "city", within: "B" }, { name: "B", kind: "province", within: "A" }] }).success).toBe(false);
    expect(conflictProfileSchema.safeParse({ ...base, places: [{ name: "A", kind: "city", within: "B" }, { name: "B", kind: "province" }] }).success).toBe(true);
  });
});
