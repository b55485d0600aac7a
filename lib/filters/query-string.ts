// Rebuilds the query string of a view from its parsed parameters, leaving out
// defaults, so links and CSV downloads carry exactly what the reader chose.
import { toQueryString } from "./serialize";

type Params = Record<string, string | number | string[] | undefined | null>;

export function viewQueryString(values: Params, defaults: Params, omit: string[] = []): string {
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !omit.includes(k)));
  return toQueryString(kept, defaults);
}
