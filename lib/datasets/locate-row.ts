// Where a data set's row happened, as one of the profile's places: first by the
// name the coders wrote for the exact location ("Al Hasakah town"), then by its
// coordinates (the nearest profile place whose radius holds them, only for rows
// located precisely), then by its first-order unit ("Al Hasakah Governorate" ->
// the province). A row the profile cannot place keeps its written place, unlinked.
import type { ConflictProfile, Place } from "@/lib/profiles/schema";
import { placeKey } from "@/lib/profiles/resolve-place-name";

export type RowLocation = { place: Place | null; written: string | null; how: "name" | "coordinates" | "admin" | null };

type Locatable = {
  location: string | null;
  adm1: string | null;
  adm2: string | null;
  latitude: number | null;
  longitude: number | null;
  /** UCDP's where_prec / ACLED's geo_precision; null when the layout kept precise rows only. */
  wherePrecision: number | null;
};

/** UCDP where_prec 1-2 and ACLED geo_precision 1-2: the place itself or within about 25 km. */
const PRECISE = 2;
/** Radius by kind, for profile places that give coordinates but no radius. */
const DEFAULT_RADIUS_KM: Record<string, number> = { city: 10, town: 5, village: 2, neighbourhood: 1.5, site: 1 };

function findByName(profile: ConflictProfile, written: string, accept: (p: Place) => boolean): Place | null {
  const key = placeKey(written);
  return profile.places.find((p) => accept(p) && [p.name, ...p.aliases].some((n) => placeKey(n) === key)) ?? null;
}

function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

export function nearestPlace(profile: ConflictProfile, latitude: number, longitude: number): Place | null {
  let best: { place: Place; km: number } | null = null;
  for (const place of profile.places) {
    if (place.latitude === undefined || place.longitude === undefined) continue;
    const km = kilometres(latitude, longitude, place.latitude, place.longitude);
    const radius = place.radiusKm ?? DEFAULT_RADIUS_KM[place.kind] ?? 0;
    if (km <= radius && (!best || km < best.km)) best = { place, km };
  }
  return best?.place ?? null;
}

export function locateRow(profile: ConflictProfile, row: Locatable): RowLocation {
  const written = row.location ?? row.adm2 ?? row.adm1;
  if (row.location) {
    // "Al Hasakah town", "Teir Maaleh village": the settlement word is UCDP's, not the name's.
    const name = row.location.replace(/\s+(town|city|village|neighbou?rhood)$/i, "");
    const place = findByName(profile, name, () => true);
    if (place) return { place, written, how: "name" };
  }
  const precise = row.wherePrecision === null || row.wherePrecision <= PRECISE;
  if (precise && row.latitude !== null && row.longitude !== null) {
    const place = nearestPlace(profile, row.latitude, row.longitude);
    if (place) return { place, written, how: "coordinates" };
  }
  if (row.adm1) {
    const base = row.adm1.replace(/\s+(governorate|province)$/i, "");
    const place = findByName(profile, `${base} province`, (p) => p.kind === "province") ?? findByName(profile, row.adm1, (p) => p.kind !== "province");
    if (place) return { place, written, how: "admin" };
  }
  return { place: null, written, how: null };
}
