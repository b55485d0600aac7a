// What the circles mean: the colour of each side drawn, the style of each layer, and
// reference sizes on the map's own scale (area proportional to the count).
import { circleScale, legendValues } from "@/lib/map/circle-scale";
import { layerStroke } from "@/lib/map/layer-style";
import type { MapRow } from "@/lib/queries/get-map";

export function MapLegend({ rows, layers, datasets, outcome }: { rows: MapRow[]; layers: string[]; datasets: string[]; outcome: string }) {
  const all = [...new Map(rows.map((r) => [r.side, { key: r.side, label: r.sideLabel, colour: r.colour }])).values()];
  // Actors a data set names that no profile side knows (keys "a-…") share one grey: one entry for them all.
  const actors = all.filter((s) => s.key.startsWith("a-"));
  const sides = all.filter((s) => !s.key.startsWith("a-"));
  const scale = circleScale(rows.map((r) => r.best));
  const sizes = legendValues(scale.max);
  const biggest = sizes.length ? scale.radius(sizes[0]) : 0;
  return (
    <aside className="map-legend panel" aria-label="Legend" data-testid="map-legend">
      <h2>Legend</h2>
      <h3>Sides</h3>
      <ul className="legend-list">
        {sides.map((s) => (
          <li key={s.key} data-side={s.key}><span className="swatch" style={{ background: s.colour }} />{s.label}</li>
        ))}
        {actors.length > 0 && (
          <li data-side="actors" title={actors.map((a) => a.label).join(", ")}>
            <span className="swatch" style={{ background: actors[0].colour }} />
            {actors.length === 1 ? actors[0].label : `${actors.length} other actors the data set names (${actors.slice(0, 2).map((a) => a.label).join(", ")}, …)`}
          </li>
        )}
        {all.length === 0 && <li className="muted">No circles drawn.</li>}
      </ul>
      <h3>Layers</h3>
      <ul className="legend-list">
        {layers.map((layer) => {
          const kind = datasets.includes(layer) ? "dataset" : "news";
          const stroke = layerStroke(kind, datasets.indexOf(layer));
          return (
            <li key={layer}>
              <svg width="18" height="18" aria-hidden="true" className="legend-mark">
                <circle cx="9" cy="9" r="7" fill="#777" fillOpacity={kind === "news" ? 0.55 : 0.08} stroke={kind === "news" ? "#fff" : "#555"} strokeWidth={stroke.width} strokeDasharray={stroke.dash} />
              </svg>
              {layer}
            </li>
          );
        })}
      </ul>
      {sizes.length > 0 && (
        <>
          <h3>Best estimate, {outcome}</h3>
          <svg width={biggest * 2 + 90} height={biggest * 2 + 8} aria-label={`circle sizes: ${sizes.join(", ")}`} className="legend-sizes">
            {sizes.map((v) => {
              const r = scale.radius(v);
              const cy = biggest * 2 + 4 - r;
              return (
                <g key={v}>
                  <circle cx={biggest + 2} cy={cy} r={r} fill="none" stroke="#555" />
                  <line x1={biggest + 2} x2={biggest * 2 + 12} y1={cy - r} y2={cy - r} stroke="#aaa" strokeDasharray="2 2" />
                  <text x={biggest * 2 + 16} y={cy - r + 4} className="small">{v.toLocaleString("en")}</text>
                </g>
              );
            })}
          </svg>
          <p className="muted small">Area is proportional to the count, on one scale for every layer shown.</p>
        </>
      )}
    </aside>
  );
}
