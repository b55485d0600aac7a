"use client";
// The map's layers: the news claims and each imported data set, switched on and off
// in the URL (`news=hide`; data sets are the `dataset` values, the filter bar's
// "Compare with"), so a link reproduces the map.
import { useUrlState } from "@/components/filters/use-url-state";

export function MapLayers({ newsLabel, datasets }: { newsLabel: string; datasets: { value: string; count: number }[] }) {
  const { params, update, isPending } = useUrlState();
  const newsShown = params.get("news") !== "hide";
  const picked = params.getAll("dataset");
  const toggle = (name: string, on: boolean) => update({ dataset: on ? [...picked.filter((n) => n !== name), name] : picked.filter((n) => n !== name) });
  return (
    <fieldset className="map-layers" aria-busy={isPending}>
      <legend>Layers</legend>
      <label className="checkbox">
        <input type="checkbox" checked={newsShown} onChange={(e) => update({ news: e.target.checked ? null : "hide" })} />
        {newsLabel}
      </label>
      {datasets.map((d) => (
        <label key={d.value} className="checkbox">
          <input type="checkbox" checked={picked.includes(d.value)} onChange={(e) => toggle(d.value, e.target.checked)} />
          {d.value} <span className="muted small">(data set, {d.count.toLocaleString("en")} rows)</span>
        </label>
      ))}
      {datasets.length === 0 && <p className="muted small">No data set imported yet: <code>npm run import:dataset -- FILE</code> adds one as a layer.</p>}
    </fieldset>
  );
}
