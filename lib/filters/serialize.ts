// Writing filters and view settings back into a query string. Defaults are left
// out, so a link carries only what the reader changed.

type Value = string | number | string[] | undefined | null;

export function toQueryString(values: Record<string, Value>, defaults: Record<string, Value> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, v);
      continue;
    }
    if (defaults[key] !== undefined && String(defaults[key]) === String(value)) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}
