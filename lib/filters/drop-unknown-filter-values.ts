// A side key or a data-set name can be well formed and still name nothing (?side=martians,
// ?dataset=NoSuchSet). Pages drop such values, as they drop malformed ones, and name
// them, so a mistyped link is not read as "no claims". Pure: the page gives what exists.
import type { IgnoredValue } from "./parse-search-params";

export type KnownFilterValues = { sides: readonly string[]; datasets: readonly string[] };

/** The query without side keys and data-set names that do not exist, and those values. */
export function dropUnknownFilterValues<Q extends { side: string[]; dataset: string[] }>(q: Q, known: KnownFilterValues): { query: Q; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = [];
  const keep = (key: "side" | "dataset", values: string[], names: readonly string[]) =>
    values.filter((value) => {
      if (names.includes(value)) return true;
      ignored.push({ key, value, known: names });
      return false;
    });
  const side = keep("side", q.side, known.sides);
  const dataset = keep("dataset", q.dataset, known.datasets);
  return { query: ignored.length ? { ...q, side, dataset } : q, ignored };
}

type NamedOptions = { sides: readonly { value: string }[]; datasets: readonly { value: string }[] };

/**
 * A page's final query: what parseLenientReporting kept, less side keys neither the
 * profile nor the database knows and data sets not imported; with every value left out.
 */
export function keepKnownFilterValues<Q extends { side: string[]; dataset: string[] }>(
  parsed: { query: Q; ignored: IgnoredValue[] },
  profileSides: readonly string[],
  options: NamedOptions,
): { q: Q; ignored: IgnoredValue[] } {
  const sides = [...new Set([...profileSides, ...options.sides.map((s) => s.value)])];
  const { query, ignored } = dropUnknownFilterValues(parsed.query, { sides, datasets: options.datasets.map((d) => d.value) });
  return { q: query, ignored: [...parsed.ignored, ...ignored] };
}
