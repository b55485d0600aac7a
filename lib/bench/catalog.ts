// The fixed cast of the synthetic data set: 20 outlets, 60 claimants (each outlet's
// own voice plus monitors, officials and local sources), ~200 places (the profile's
// own, then made-up villages so place filters and groupings have a long tail).
// Ids are assigned here, in list order from 1, so the generator needs no database.
import type { ConflictProfile } from "@/lib/profiles/schema";

export type OutletRow = { id: number; name: string; kind: string; url: string; weight: number };
export type NamedRow = { id: number; name: string };
export type PlaceRow = { id: number; name: string; kind: string };

// Every bench outlet publishes reports: a curated data set (kind "dataset") is imported
// by the data-set importer, its rows are never news claims, and the views leave it out.
const OUTLETS: [string, string][] = [
  ["SOHR", "monitor"], ["ARA News", "news_agency"], ["Rudaw", "news_agency"], ["SANA", "state_media"],
  ["Reuters", "news_agency"], ["AFP", "news_agency"], ["Al-Masdar News", "news_agency"], ["Enab Baladi", "news_agency"],
  ["Kurdistan24", "news_agency"], ["ANHA", "party_media"], ["Syria Direct", "news_agency"], ["Aleppo Media Center", "monitor"],
  ["Step News Agency", "news_agency"], ["Orient News", "news_agency"], ["SNHR", "ngo"], ["Anadolu Agency", "news_agency"],
  ["Smart News Agency", "news_agency"], ["Zaman al-Wasl", "news_agency"], ["Raqqa Is Being Slaughtered Silently", "monitor"], ["Hawar News", "party_media"],
];

const OTHER_CLAIMANTS = [
  "medical sources", "local sources", "activists", "the Syrian army", "YPG general command", "Asayish", "the Pentagon",
  "the coalition", "Amaq", "the civil defence", "a military source", "the governor", "hospital officials", "residents",
  "the SDF", "the Free Syrian Army", "Ahrar al-Sham", "the Russian defence ministry", "Hezbollah media", "the health ministry",
  "a security source", "the local council", "rebel commanders", "Kurdish officials", "tribal elders", "eyewitnesses",
  "the White Helmets", "UN officials", "MSF", "the Red Crescent", "opposition sources", "pro-government media",
  "Jaysh al-Islam", "the Iraqi army", "Turkish officials", "the US Central Command", "Peshmerga officials", "a field commander",
  "the Kurdish Red Crescent", "the Violations Documentation Center",
];

const VILLAGE_PREFIXES = ["Tel", "Ain", "Kafr", "Deir", "Khirbet", "Jabal", "Umm", "Bir"];
const VILLAGE_ROOTS = ["Hamra", "Shaykh", "Abyad", "Safa", "Nour", "Jazira", "Rumaila", "Khodr", "Sabkha", "Hasan", "Qasr", "Dahab", "Salem", "Zahra", "Marj", "Rawda", "Baida", "Jisr"];

export function outletRows(): OutletRow[] {
  // A few outlets publish much more than the rest: "the outlet with most claims" is a real filter.
  return OUTLETS.map(([name, kind], i) => ({ id: i + 1, name, kind, url: `https://bench.example/${i + 1}`, weight: i < 3 ? 6 : i < 8 ? 3 : 1 }));
}

export function claimantRows(): NamedRow[] {
  // Each outlet's own voice comes first, so claimant id i (i <= 20) is outlet i speaking.
  return [...OUTLETS.map(([name]) => name), ...OTHER_CLAIMANTS].map((name, i) => ({ id: i + 1, name }));
}

export function placeRows(profile: ConflictProfile, total = 200): PlaceRow[] {
  const rows: PlaceRow[] = profile.places.map((p, i) => ({ id: i + 1, name: p.name, kind: p.kind }));
  const names = new Set(rows.map((r) => r.name));
  for (const root of VILLAGE_ROOTS) {
    for (const prefix of VILLAGE_PREFIXES) {
      if (rows.length >= total) return rows;
      const name = `${prefix} ${root}`;
      if (!names.has(name)) rows.push({ id: rows.length + 1, name, kind: "village" });
    }
  }
  return rows;
}
