"use client";
// The switch between comparing sources event by event and comparing the news with
// curated data sets month by month.
import { useUrlState } from "@/components/filters/use-url-state";

export function CompareMode({ by }: { by: "outlet" | "claimant" | "month-place" }) {
  const { update } = useUrlState();
  return (
    <div className="segmented" role="group" aria-label="Compare by">
      <button type="button" aria-pressed={by === "outlet"} onClick={() => update({ by: null, sort: null, dir: null })}>By outlet</button>
      <button type="button" aria-pressed={by === "claimant"} onClick={() => update({ by: "claimant", sort: null, dir: null })}>By claimant</button>
      <button type="button" aria-pressed={by === "month-place"} onClick={() => update({ by: "month-place", sort: null, dir: null, column: null })}>News vs data sets, by month and place</button>
    </div>
  );
}
