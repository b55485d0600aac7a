// Reading filters and view settings from a URL query string, strictly (API) or
// leniently (pages). Works on URLSearchParams and on Next's searchParams object.
import { z } from "zod";
import { ApiError } from "@/lib/http/api-error";
import { unsafeTextReason } from "@/lib/values/plain-text";
import { REPEATABLE } from "./filter-schema";

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(params: RawParams, keys: string[], strict: boolean, ignored?: IgnoredValue[]): Record<string, unknown> {
  const get = (key: string): string[] => {
    if (params instanceof URLSearchParams) return params.getAll(key);
    const value = params[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const record: Record<string, unknown> = {};
  for (const key of keys) {
    // Text no parameter may carry (a NUL byte, control characters): the API refuses it, pages drop the value.
    const values = get(key).filter((v) => {
      const unsafe = unsafeTextReason(v);
      if (unsafe && strict) throw new ApiError(400, "bad_request", `Parameter \`${key}\` ${unsafe}.`);
      if (unsafe) ignored?.push({ key, value: v.replace(/[\u0000-\u001F\u007F]|[\uD800-\uDFFF]/g, "\uFFFD"), reason: unsafe });
      return v !== "" && !unsafe;
    });
    if (values.length === 0) continue;
    record[key] = REPEATABLE.has(key) ? values : values[values.length - 1];
  }
  return record;
}

/** For the API: the first bad or unknown parameter is a 400 that names it. */
export function parseStrict<S extends z.ZodObject>(schema: S, params: RawParams): z.infer<S> {
  const keys = Object.keys(schema.shape);
  if (params instanceof URLSearchParams) {
    for (const key of params.keys()) {
      if (!keys.includes(key)) throw new ApiError(400, "bad_request", `Unknown parameter \`${key.slice(0, 60)}\`. Known: ${keys.join(", ")}.`);
    }
  }
  const parsed = schema.safeParse(toRecord(params, keys, true));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? "query");
    throw new ApiError(400, "bad_request", `Parameter \`${field}\` ${issue.message.replace(/^Invalid (option|input)/, "is invalid")}.`);
  }
  return parsed.data;
}

/** A value a page left out of its query, and why: the page says so rather than failing silently. */
export type IgnoredValue = { key: string; value: string; known?: readonly string[]; reason?: string };

/** For pages: each bad value falls back to its default, so an old or mangled link still opens. */
export function parseLenient<S extends z.ZodObject>(schema: S, params: RawParams): z.infer<S> {
  return parseLenientReporting(schema, params).query;
}

/** parseLenient, and the values it dropped (each with the known values, or the reason), for the page to name. */
export function parseLenientReporting<S extends z.ZodObject>(schema: S, params: RawParams): { query: z.infer<S>; ignored: IgnoredValue[] } {
  const keys = Object.keys(schema.shape);
  const ignored: IgnoredValue[] = [];
  const record = toRecord(params, keys, false, ignored);
  const shape = schema.shape as Record<string, z.ZodType>;
  const clean: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in record)) continue;
    const value = record[key];
    if (Array.isArray(value)) {
      const good = value.filter((v) => {
        const result = shape[key].safeParse([v]);
        if (!result.success) ignored.push(ignoredFrom(key, String(v), result.error));
        return result.success;
      });
      const all = good.length ? shape[key].safeParse(good) : null;
      if (all?.success) clean[key] = good;
      else if (all) ignored.push({ key, value: `${good.length} values`, reason: all.error.issues[0].message });
    } else {
      const result = shape[key].safeParse(value);
      if (result.success) clean[key] = value;
      else ignored.push(ignoredFrom(key, String(value), result.error));
    }
  }
  const parsed = schema.safeParse(clean);
  if (parsed.success) return { query: parsed.data, ignored };
  // The only rule across parameters is the date order: a `from` after `to` drops both.
  if (clean.from !== undefined) ignored.push({ key: "from", value: String(clean.from), reason: `is after the end date (to) ${String(clean.to)}, so both dates were ignored` });
  return { query: schema.parse(Object.fromEntries(Object.entries(clean).filter(([k]) => k !== "from" && k !== "to"))), ignored };
}

function ignoredFrom(key: string, value: string, error: z.ZodError): IgnoredValue {
  const issue = error.issues[0];
  if (issue.code === "invalid_value") return { key, value, known: issue.values.map(String) };
  return { key, value, reason: issue.message };
}
