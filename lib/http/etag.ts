// Entity tags for API reads: a hash of what decides the answer (data version, route,
// path, normalised query, the caller's role), so the tag changes exactly when the
// answer may. Weak (W/) because a proxy may compress the body; the meaning is the same.
import { createHash } from "node:crypto";

export function etagOf(parts: readonly string[]): string {
  return `W/"${createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 27)}"`;
}

/** Does If-None-Match name this tag (or `*`)? Compared weakly, as RFC 9110 says for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = bare(etag);
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === wanted);
}

/** The query string in a canonical order: keys sorted, each key's values kept in their own order. */
export function normaliseQuery(params: URLSearchParams): string {
  const entries = [...params.entries()];
  const sorted = entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
  return new URLSearchParams(sorted.map(([e]) => e)).toString();
}
