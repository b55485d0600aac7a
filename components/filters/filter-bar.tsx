"use client";
// The filter bar every page shares. It holds no state of its own: it reads the
// URL and writes the URL, so a link reproduces the view.
import { useEffect, useState } from "react";
import { DEFAULT_FILTERS, FILTER_KEYS, OUTCOMES, type Outcome } from "@/lib/filters/filter-schema";
import type { FilterOptions } from "@/lib/queries/get-filter-options";
import { MultiSelect } from "./multi-select";
import { useUrlState } from "./use-url-state";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OUTCOME_LABELS: Record<Outcome, string> = { killed: "Killed", wounded: "Wounded", captured: "Captured" };

/**
 * `outcome`: the one outcome the page shows (a chart, the cards, the uncertainty
 * view), which the control then shows as picked; without it the page lists every
 * outcome unless one is picked, and the control offers "All".
 */
export function FilterBar({ options, outcome }: { options: FilterOptions; outcome?: Outcome }) {
  const { params, update, isPending } = useUrlState();
  const [from, setFrom] = useState(params.get("from") ?? "");
  const [to, setTo] = useState(params.get("to") ?? "");
  useEffect(() => setFrom(params.get("from") ?? ""), [params]);
  useEffect(() => setTo(params.get("to") ?? ""), [params]);

  const setDate = (key: "from" | "to", value: string) => {
    if (key === "from") setFrom(value);
    else setTo(value);
    if (value === "" || DATE.test(value)) update({ [key]: value || null }, { replace: true });
  };
  // A side or data set the URL names but none has (?side=martians) is not shown as picked; the page says it was ignored.
  const known = (key: "side" | "dataset", list: FilterOptions["sides"]) => params.getAll(key).filter((v) => list.some((o) => o.value === v));
  const active = FILTER_KEYS.some((k) => params.has(k));

  return (
    <form className="filter-bar" aria-label="Filters" aria-busy={isPending} onSubmit={(e) => e.preventDefault()}>
      <MultiSelect label="Outlets" name="outlet" options={options.outlets} selected={params.getAll("outlet")} onChange={(v) => update({ outlet: v })} />
      <MultiSelect label="Claimants" name="claimant" options={options.claimants} selected={params.getAll("claimant")} onChange={(v) => update({ claimant: v })} />
      <MultiSelect label="Sides" name="side" options={options.sides} selected={known("side", options.sides)} onChange={(v) => update({ side: v })} />
      <MultiSelect label="Places" name="place" options={options.places} selected={params.getAll("place")} onChange={(v) => update({ place: v })} />
      {options.datasets.length > 0 && (
        <MultiSelect label="Compare with" name="dataset" options={options.datasets} selected={known("dataset", options.datasets)} onChange={(v) => update({ dataset: v })} />
      )}
      <label className="field">
        <span>Outcome</span>
        <select value={outcome ?? params.get("outcome") ?? ""} onChange={(e) => update({ outcome: e.target.value || null })} data-testid="outcome-filter">
          {!outcome && <option value="">All</option>}
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Scope</span>
        <select value={params.get("scope") ?? ""} onChange={(e) => update({ scope: e.target.value || null })}>
          <option value="">All</option>
          <option value="incident">Incidents</option>
          <option value="cumulative">Cumulative totals</option>
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input type="date" value={from} onChange={(e) => setDate("from", e.target.value)} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" value={to} onChange={(e) => setDate("to", e.target.value)} />
      </label>
      <label className="field">
        <span>Vague words</span>
        <select value={params.get("convention") ?? DEFAULT_FILTERS.convention} onChange={(e) => update({ convention: e.target.value === DEFAULT_FILTERS.convention ? null : e.target.value })}>
          <option value="literal-v1">Literal (dozens = 24)</option>
          <option value="acled">ACLED (dozens = 12)</option>
        </select>
      </label>
      <label className="field">
        <span>Claims</span>
        <select value={params.get("review") ?? "all"} onChange={(e) => update({ review: e.target.value === "all" ? null : e.target.value })} data-testid="review-filter">
          <option value="all">All but rejected</option>
          <option value="reviewed">Reviewed by an editor</option>
          <option value="needs-review">Needing review</option>
        </select>
      </label>
      {active && (
        <button
          type="button"
          className="link-button"
          onClick={() => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])))}
        >
          Clear all filters
        </button>
      )}
    </form>
  );
}
