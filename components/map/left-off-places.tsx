// The events the map could not place: how many, and at which places, so nothing is
// silently missing. A place without coordinates in the profile (a province, a
// neighbourhood) or a claim that names no place.
import type { LeftOffPlace } from "@/lib/queries/get-map";

export function LeftOffPlaces({ leftOff, outcome }: { leftOff: LeftOffPlace[]; outcome: string }) {
  if (leftOff.length === 0) return null;
  const events = leftOff.reduce((n, p) => n + p.events, 0);
  const best = leftOff.reduce((n, p) => n + p.best, 0);
  return (
    <section className="panel" data-testid="left-off" aria-labelledby="left-off-heading">
      <h2 id="left-off-heading">Left off the map: {events.toLocaleString("en")} event{events === 1 ? "" : "s"} without known coordinates</h2>
      <p className="muted small">
        News claims whose place has no coordinates in the conflict profile (add <code>latitude</code> and <code>longitude</code> to the place in{" "}
        <code>lib/profiles</code> to draw it) or that name no place; data-set rows published without coordinates, or located only to the country as a
        whole. Together: {best.toLocaleString("en")} {outcome} (best estimate).
      </p>
      <ul className="left-off-list">
        {leftOff.map((p) => (
          <li key={`${p.layer}|${p.place ?? ""}`}>
            {p.place ?? <em>no place named</em>} <span className="muted small">({p.layer}: {p.events.toLocaleString("en")} event{p.events === 1 ? "" : "s"}, best {p.best.toLocaleString("en")})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
