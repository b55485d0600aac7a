"use client";
import type { FilterOption } from "@/lib/queries/get-filter-options";

type Props = { label: string; name: string; options: FilterOption[]; selected: string[]; onChange: (values: string[]) => void };

/** A dropdown of checkboxes: the summary says how many values are chosen. */
export function MultiSelect({ label, name, options, selected, onChange }: Props) {
  const chosen = new Set(selected);
  const toggle = (value: string) => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onChange([...next]);
  };
  return (
    <details className="multi-select" data-filter={name}>
      <summary>
        {label}
        {selected.length > 0 && <span className="count">{selected.length}</span>}
      </summary>
      <div className="multi-select-panel" role="group" aria-label={label}>
        {options.length === 0 && <p className="muted">No values yet.</p>}
        {options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" name={name} value={o.value} checked={chosen.has(o.value)} onChange={() => toggle(o.value)} />
            {o.colour && <span className="swatch" style={{ background: o.colour }} aria-hidden />}
            <span className="option-label">{o.label}</span>
            <span className="muted option-count">{o.count}</span>
          </label>
        ))}
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear
          </button>
        )}
      </div>
    </details>
  );
}
