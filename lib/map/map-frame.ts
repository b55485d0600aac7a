// The map's frame: a Mercator projection fitted to the profile's country and to every
// point drawn (so no circle falls outside), and the countries' outlines in it as SVG
// paths, clipped to the frame. Boundaries are Natural Earth's 1:50m countries as
// published in the `world-atlas` package (TopoJSON, read with topojson-client,
// projected with d3-geo): no tile server, nothing fetched at run time.
import "server-only";
import { geoBounds, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json";

export const MAP_WIDTH = 900;
export const MAP_HEIGHT = 680;
const PADDING = 36;

type Country = { name: string; feature: Feature<Geometry, { name: string }>; bounds: [[number, number], [number, number]] };
export type CountryShape = { name: string; d: string; isFocus: boolean; label: { x: number; y: number } | null };
export type MapFrame = { width: number; height: number; project: (longitude: number, latitude: number) => [number, number] | null; countries: CountryShape[] };

let loaded: Country[] | null = null;

/** The countries, read from the TopoJSON once per process. */
function loadCountries(): Country[] {
  if (loaded) return loaded;
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  loaded = collection.features.map((f) => ({ name: f.properties.name, feature: f, bounds: geoBounds(f) }));
  return loaded;
}

function overlaps(a: [[number, number], [number, number]], b: [[number, number], [number, number]]): boolean {
  // geoBounds of a shape across the antimeridian has west > east: keep it (rare, and clipping handles it).
  if (a[0][0] > a[1][0]) return true;
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

/**
 * A frame around `focus` (a country name as Natural Earth spells it) and the points.
 * Neighbours are drawn too, as far as the frame reaches; a neighbour is labelled when
 * enough of it shows.
 */
export function makeMapFrame(focus: string | null, points: readonly [number, number][]): MapFrame {
  const all = loadCountries();
  const focusCountry = all.find((c) => c.name === focus) ?? null;
  const fitted: Feature[] = [];
  if (focusCountry) fitted.push(focusCountry.feature);
  if (points.length) fitted.push({ type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: points.map((p) => [...p]) } });
  const projection: GeoProjection = geoMercator();
  if (fitted.length) projection.fitExtent([[PADDING, PADDING], [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING]], { type: "FeatureCollection", features: fitted });
  projection.clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
  // The frame's extent in degrees, to skip countries far outside it before projecting them.
  const corners = [projection.invert!([0, MAP_HEIGHT]), projection.invert!([MAP_WIDTH, 0])];
  const frameBounds: [[number, number], [number, number]] = [[corners[0]![0] - 1, corners[0]![1] - 1], [corners[1]![0] + 1, corners[1]![1] + 1]];
  const path = geoPath(projection);
  const countries: CountryShape[] = [];
  for (const country of all) {
    if (!overlaps(country.bounds, frameBounds)) continue;
    const d = path(country.feature);
    if (!d) continue;
    const isFocus = country === focusCountry;
    const [x, y] = path.centroid(country.feature);
    const showsEnough = !isFocus && path.area(country.feature) > 2500 && Number.isFinite(x) && Number.isFinite(y);
    countries.push({ name: country.name, d, isFocus, label: showsEnough ? { x, y } : null });
  }
  // The focus country last, so its outline is drawn over its neighbours' shared borders.
  countries.sort((a, b) => Number(a.isFocus) - Number(b.isFocus));
  const project = (longitude: number, latitude: number): [number, number] | null => {
    const xy = projection([longitude, latitude]);
    return xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) ? [xy[0], xy[1]] : null;
  };
  return { width: MAP_WIDTH, height: MAP_HEIGHT, project, countries };
}
