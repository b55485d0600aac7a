// Reading filters and view settings from a URL query string, strictly (API) or
// leniently (pages). Works on URLSearchParams and on Next's searchParams object.
import { z } from "zod";
import { ApiError } from "@/lib/http/api-error";
import { unsafeTextReason } from "@/lib/schemas/plain-text";
import { REPEATABLE } from "./filter-schema";

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(params: RawParams, keys: string[], strict: boolean): Record<string, unknown> {
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

/** For pages: each bad value falls back to its default, so an old or mangled link still opens. */
export function parseLenient<S extends z.ZodObject>(schema: S, params: RawParams): z.infer<S> {
  const keys = Object.keys(schema.shape);
  const record = toRecord(params, keys, false);
  const shape = schema.shape as Record<string, z.ZodType>;
  const clean: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in record)) continue;
    if (shape[key].safeParse(record[key]).success) clean[key] = record[key];
    else if (Array.isArray(record[key])) {
      const good = (record[key] as unknown[]).filter((v) => shape[key].safeParse([v]).success);
      if (good.length) clean[key] = good;
    }
  }
  const parsed = schema.safeParse(clean);
  return parsed.success ? parsed.data : schema.parse(Object.fromEntries(Object.entries(clean).filter(([k]) => k !== "from" && k !== "to")));
}
