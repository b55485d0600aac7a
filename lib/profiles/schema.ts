// A conflict profile is data, not code: the sides whose dead are counted (with the
// words reports use for them and the colours charts use), the places, and the
// monitors whose long names reports spell out. A user tracking another war adds a
// JSON file that passes this schema.
import { z } from "zod";

const lowerCasePhrase = z
  .string()
  .min(1)
  .refine((s) => s === s.toLowerCase(), { message: "aliases are written in lower case" });

export const sideSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_-]*$/, "a side key is a lower-case slug"),
  label: z.string().min(1),
  /** For tight places (table cells, chart legends): "IS" for "Islamic State". */
  shortLabel: z.string().min(1).optional(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour is #rrggbb"),
  /** Lower-case phrases as written in reports ("regime forces", "ypg"). */
  aliases: z.array(lowerCasePhrase),
  /** Short forms that are ordinary words in lower case ("IS"), matched with their case. */
  caseSensitiveAliases: z.array(z.string().min(1)).default([]),
  /**
   * Partisan words that may stand for this side in somebody's mouth ("jihadists",
   * "terrorists", "mercenaries"): never an alias, since what they mean depends on the
   * speaker; an epithet takes the side of a group named nearby that it can stand for.
   */
  epithets: z.array(lowerCasePhrase).default([]),
});

export const placeKindSchema = z.enum(["country", "province", "city", "town", "village", "neighbourhood", "site"]);

export const placeSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: placeKindSchema,
  /** Where it is, for data sets that give coordinates but no place name (WGS84 degrees). */
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  /** How far from the coordinates a located event still counts as here. */
  radiusKm: z.number().positive().max(500).optional(),
  /** The profile place this one lies in ("Nashwa" in "al-Hasakah", that in "al-Hasakah province"): a filter on a place includes what lies in it. */
  within: z.string().min(1).optional(),
});

export const CLAIMANT_KINDS = ["monitor", "government", "military", "armed group", "UN agency", "medical", "media"] as const;

/**
 * The claimant registry: who is quoted as giving figures, under one canonical name
 * ("SOHR") with every way reports name it, what kind of source it is, and the side
 * it speaks for where it has one (SANA for the regime, the YPG's press centre for the
 * Kurdish forces). The side decides what partisan words mean in its statements:
 * "martyrs" in a YPG statement are YPG fighters, "terrorists" in SANA are its enemies.
 */
export const claimantSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(CLAIMANT_KINDS),
  aliases: z.array(lowerCasePhrase).min(1),
  /** Short forms that are ordinary words in lower case ("UN", "WHO", "AP"), matched with their case. */
  caseSensitiveAliases: z.array(z.string().min(1)).default([]),
  side: z.string().optional(),
});

export const conflictProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]*$/),
    label: z.string().min(1),
    sides: z.array(sideSchema).min(1),
    places: z.array(placeSchema).default([]),
    claimants: z.array(claimantSchema).default([]),
  })
  .refine((p) => p.sides.some((s) => s.key === "unknown"), { message: "a profile needs an \"unknown\" side" })
  .refine((p) => p.sides.some((s) => s.key === "mixed"), { message: "a profile needs a \"mixed\" side" })
  .refine((p) => new Set(p.sides.map((s) => s.key)).size === p.sides.length, { message: "side keys must be unique" })
  .refine((p) => p.places.every((pl) => !pl.within || p.places.some((o) => o.name === pl.within)), { message: "a place lies `within` a place of the profile" })
  .refine((p) => p.places.every((pl) => !withinCircle(p.places, pl.name)), { message: "places must not lie within each other in a circle" })
  .refine((p) => p.claimants.every((c) => !c.side || p.sides.some((s) => s.key === c.side)), { message: "a claimant speaks for a side of the profile" });

function withinCircle(places: { name: string; within?: string }[], start: string): boolean {
  const parent = new Map(places.map((p) => [p.name, p.within]));
  const seen = new Set<string>();
  for (let at = parent.get(start); at; at = parent.get(at)) {
    if (at === start || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

export type Side = z.infer<typeof sideSchema>;
export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = z.infer<typeof placeKindSchema>;
export type Claimant = z.infer<typeof claimantSchema>;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];
export type ConflictProfile = z.infer<typeof conflictProfileSchema>;
