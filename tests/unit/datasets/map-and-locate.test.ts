import { describe, expect, it } from "vitest";
import { mapActorToSide } from "@/lib/datasets/map-actor-to-side";
import { locateRow } from "@/lib/datasets/locate-row";
import { actorSideKey } from "@/lib/datasets/plan-dataset-rows";
import { defaultDatasetName } from "@/lib/datasets/row-report";
import { getProfile } from "@/lib/profiles";

const profile = getProfile();

describe("mapActorToSide", () => {
  it("maps the coders' actor names through the profile's aliases", () => {
    expect(mapActorToSide(profile, "Government of Syria")).toBe("regime");
    expect(mapActorToSide(profile, "Military Forces of Syria (2000-)")).toBe("regime");
    expect(mapActorToSide(profile, "IS")).toBe("is");
    expect(mapActorToSide(profile, "SDF")).toBe("kurdish");
    expect(mapActorToSide(profile, "QSD: Syrian Democratic Forces")).toBe("kurdish");
    expect(mapActorToSide(profile, "Syrian insurgents")).toBe("rebels");
    expect(mapActorToSide(profile, "Civilians")).toBe("civilians");
  });

  it("matches whole names, never words inside them", () => {
    expect(mapActorToSide(profile, "Government of Iraq")).toBeNull();
    expect(mapActorToSide(profile, "Government of Turkey")).toBeNull();
    expect(mapActorToSide(profile, "is")).toBeNull(); // only "IS" in capitals is the Islamic State
  });

  it("maps a coalition when its known members agree, and not when they disagree", () => {
    expect(mapActorToSide(profile, "Ahrar al-Sham, HTS, Southern Front")).toBe("rebels");
    expect(mapActorToSide(profile, "23rd Division, Jaysh al Nasr, Unknown Brigade")).toBe("rebels");
    expect(mapActorToSide(profile, "IS, Ahrar al-Sham")).toBeNull();
  });
});

describe("actorSideKey", () => {
  it("makes a filter-safe key per name, unique", () => {
    const taken = new Set<string>();
    expect(actorSideKey("Government of Turkey", taken)).toBe("a-government-of-turkey");
    expect(actorSideKey("Government of Turkey!", taken)).toBe("a-government-of-turkey-2");
    expect(actorSideKey("Jaysh al-Asha’er", taken)).toMatch(/^[a-z0-9_-]{1,40}$/);
  });
});

describe("locateRow", () => {
  const row = { location: null, adm1: null, adm2: null, latitude: null, longitude: null, wherePrecision: null };
  it("places a row by the coders' place name first", () => {
    expect(locateRow(profile, { ...row, location: "Al Hasakah town", latitude: 36.5, longitude: 40.75, wherePrecision: 1 })).toMatchObject({ place: { name: "al-Hasakah" }, how: "name" });
  });
  it("then by coordinates within a profile place's radius, for precisely located rows only", () => {
    expect(locateRow(profile, { ...row, latitude: 36.45, longitude: 40.8 }).place?.name).toBe("al-Hasakah"); // ~7 km away, reduced layout
    expect(locateRow(profile, { ...row, latitude: 36.45, longitude: 40.8, wherePrecision: 4, adm1: "Al Hasakah Governorate" }).place?.name).toBe("al-Hasakah province");
    expect(locateRow(profile, { ...row, latitude: 34.0, longitude: 39.0 }).place).toBeNull();
  });
  it("reads first-order units as provinces, as UCDP and ACLED write them", () => {
    expect(locateRow(profile, { ...row, adm1: "Aleppo Governorate" }).place?.name).toBe("Aleppo province");
    expect(locateRow(profile, { ...row, adm1: "Al-Hasakeh" }).place?.name).toBe("al-Hasakah province");
    expect(locateRow(profile, { ...row, adm1: "Damascus" }).place?.name).toBe("Damascus");
  });
});

describe("defaultDatasetName", () => {
  it("takes the release from the file name", () => {
    expect(defaultDatasetName("UCDP GED", "ucdp_ged_syria_2016_2019_v19_1.csv")).toBe("UCDP GED 19.1");
    expect(defaultDatasetName("ACLED", "/tmp/acled.csv")).toBe("ACLED (acled)");
  });
  it("else by the dates the rows cover", () => {
    expect(defaultDatasetName("ACLED", "acled.csv", [{ dateStart: "2020-05-09" }, { dateStart: "2020-04-27" }])).toBe("ACLED 2020-04-27 to 2020-05-09");
  });
});
