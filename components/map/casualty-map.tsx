// The map, drawn on the server as one SVG: the profile's country and its neighbours
// (faint), the profile's cities for orientation, and a circle per row (layer x place
// x side) whose area is proportional to its best estimate. News circles are filled;
// each data set's are rings with a dash pattern of their own. Larger circles are drawn
// first so the smaller ones on top stay visible and can be hovered.
import { circleScale } from "@/lib/map/circle-scale";
import { describeMapRow } from "@/lib/map/describe-map-row";
import { layerStroke } from "@/lib/map/layer-style";
import type { MapFrame } from "@/lib/map/map-frame";
import type { MapRow } from "@/lib/queries/get-map";

export type MapCity = { name: string; latitude: number; longitude: number };

/** `datasets`: the data-set layers shown, in order (each gets its own dash pattern). */
export function CasualtyMap({ frame, rows, datasets, outcome, cities }: { frame: MapFrame; rows: MapRow[]; datasets: string[]; outcome: string; cities: MapCity[] }) {
  const scale = circleScale(rows.map((r) => r.best));
  const circles = rows
    .map((row) => ({ row, xy: frame.project(row.longitude, row.latitude), r: scale.radius(row.best) }))
    .filter((c): c is typeof c & { xy: [number, number] } => c.xy !== null && c.r > 0)
    .sort((a, b) => b.r - a.r);
  const focus = frame.countries.find((c) => c.isFocus);
  // City labels for orientation, skipping one that would sit on a label already placed (Eastern Ghouta beside Damascus).
  // A label runs right of its dot, about 6.5 px per character at 11 px.
  const labelled: { name: string; x: number; y: number }[] = [];
  for (const city of cities) {
    const xy = frame.project(city.longitude, city.latitude);
    if (!xy) continue;
    const clear = (l: { name: string; x: number; y: number }) => Math.abs(l.y - xy[1]) > 13 || xy[0] > l.x + l.name.length * 6.5 + 6 || l.x > xy[0] + city.name.length * 6.5 + 6;
    if (labelled.every(clear)) labelled.push({ name: city.name, x: xy[0], y: xy[1] });
  }
  return (
    <figure className="casualty-map" data-testid="map" data-circles={circles.length}>
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-labelledby="map-title" width="100%">
        <title id="map-title">{`Reported ${outcome} by place: ${circles.length} circles`}</title>
        <rect width={frame.width} height={frame.height} className="map-sea" />
        <g data-testid="map-outline">
          {frame.countries.map((c) => (
            <path key={c.name} d={c.d} className={c.isFocus ? "map-focus" : "map-neighbour"} data-country={c.name} />
          ))}
        </g>
        <g className="map-labels" aria-hidden="true">
          {frame.countries.filter((c) => c.label).map((c) => (
            <text key={c.name} x={c.label!.x} y={c.label!.y} className="map-country-label">{c.name}</text>
          ))}
          {labelled.map((city) => (
            <circle key={city.name} cx={city.x} cy={city.y} r={1.8} className="map-city" />
          ))}
        </g>
        <g data-testid="map-circles">
          {circles.map(({ row, xy, r }) => {
            const stroke = layerStroke(row.kind, datasets.indexOf(row.layer));
            return (
              <circle
                key={`${row.layer}|${row.place}|${row.latitude}|${row.longitude}|${row.side}`}
                cx={xy[0].toFixed(1)}
                cy={xy[1].toFixed(1)}
                r={r.toFixed(1)}
                fill={row.colour}
                fillOpacity={row.kind === "news" ? 0.55 : 0.08}
                stroke={row.kind === "news" ? "#fff" : row.colour}
                strokeWidth={stroke.width}
                strokeDasharray={stroke.dash}
                data-layer={row.layer}
                data-place={row.place}
                data-side={row.side}
                data-best={row.best}
              >
                <title>{describeMapRow(row, outcome)}</title>
              </circle>
            );
          })}
        </g>
        {/* City names over the circles (with a halo), never catching the pointer: the circles' tooltips stay reachable. */}
        <g className="map-labels" aria-hidden="true" pointerEvents="none">
          {labelled.map((city) => (
            <text key={city.name} x={city.x + 4} y={city.y - 4} className="map-city-label">{city.name}</text>
          ))}
        </g>
        {!focus && <text x={12} y={24} className="map-country-label">No outline for this profile's country</text>}
      </svg>
    </figure>
  );
}
