"use client";
// Linear or log count axis (`scale=log` in the URL), for both overview charts.
import { useUrlState } from "@/components/filters/use-url-state";

export function ScaleSwitch({ scale }: { scale: "linear" | "log" }) {
  const { update } = useUrlState();
  return (
    <div className="segmented" role="group" aria-label="Scale">
      <button type="button" aria-pressed={scale === "linear"} onClick={() => update({ scale: null }, { keepPage: true })}>Linear</button>
      <button type="button" aria-pressed={scale === "log"} onClick={() => update({ scale: "log" }, { keepPage: true })}>Log</button>
    </div>
  );
}
