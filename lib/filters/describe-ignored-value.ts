// The sentence a page shows for a URL value it ignored: which parameter, which value,
// and what it takes instead (the known values, or the rule the value broke).
import type { IgnoredValue } from "./parse-search-params";

const LABELS: Record<string, string> = {
  outlet: "outlet",
  claimant: "claimant",
  side: "side",
  outcome: "outcome",
  place: "place",
  scope: "scope",
  from: "start date (from)",
  to: "end date (to)",
  convention: "convention",
  review: "review filter",
  dataset: "data set",
  bin: "time bin",
  chart: "chart type",
  placement: "placement",
  scale: "scale",
  by: "comparison (by)",
  sort: "sort",
  dir: "sort direction",
  page: "page",
  pageSize: "page size",
  news: "news layer",
};

const MAX_SHOWN = 12;
const MAX_VALUE = 60;

function shorten(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

function knownList(key: string, known: readonly string[]): string {
  if (known.length === 0) return key === "dataset" ? "no data set has been imported yet" : "there are none yet";
  const shown = known.slice(0, MAX_SHOWN).join(", ");
  return known.length > MAX_SHOWN ? `known: ${shown} and ${known.length - MAX_SHOWN} more` : `known: ${shown}`;
}

/** "Unknown side “martians” was ignored (known: regime, is, …)." or "Start date (from) “2015-13-01” was ignored: it is not a real date …". */
export function describeIgnoredValue({ key, value, known, reason }: IgnoredValue): string {
  const label = LABELS[key] ?? `parameter “${key}”`;
  if (known) return `Unknown ${label} “${shorten(value)}” was ignored (${knownList(key, known)}).`;
  const sentence = `${label} “${shorten(value)}” was ignored: it ${reason ?? "is not valid"}.`;
  return sentence[0].toUpperCase() + sentence.slice(1);
}
