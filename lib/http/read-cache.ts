// The in-process cache of API reads: whole small answers (JSON), keyed by everything
// that decides them, data version included. Bounded by bytes (LRU), so a crawl of many
// filter combinations evicts the least used answers instead of growing the heap.
// Why lru-cache: the npm LRU most projects use (no dependencies, no install script),
// with a byte budget (maxSize + sizeCalculation) built in; a home-made LRU would be
// one more thing to get right.
import "server-only";
import { LRUCache } from "lru-cache";
import type { Encoding } from "./encoded-body";

/** Answers above this are not kept (a big page is cheap to stream, dear to hold). */
export const MAX_ENTRY_BYTES = 512 * 1024;
/** The whole cache's budget. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** Paths whose route the front door may look up (see rememberRoute). */
const MAX_PATHS = 10_000;

/** The route that answers a path, as the front door may call it again: its id (part of every key) and the whole route. */
export type RememberedRoute = { routeId: string; answer: (request: Request) => Promise<Response> };

/** headers: lower-case names; encoded: the body compressed, filled in when first asked for (lib/http/encoded-body.ts). */
export type CachedAnswer = { status: number; headers: Record<string, string>; body: Uint8Array; encoded: Partial<Record<Encoding, Uint8Array>> };

const globalForCache = globalThis as unknown as { readCache?: ReadCache };

export class ReadCache {
  private readonly entries = new LRUCache<string, CachedAnswer>({
    maxSize: MAX_CACHE_BYTES,
    maxEntrySize: MAX_ENTRY_BYTES,
    // Half the body again for its compressed copies, added after the entry is stored (JSON compresses to well under a quarter).
    sizeCalculation: (a) => Math.ceil(a.body.byteLength * 1.5) + 256,
  });
  /** The newest data version seen per database: older answers are never stored. */
  private readonly newest = new Map<string, bigint>();
  private readonly routes = new Map<string, RememberedRoute>();

  /** Notes the version a read saw; a newer one drops every answer (none can be asked for again). */
  observe(database: string, version: bigint): void {
    const seen = this.newest.get(database);
    if (seen === undefined || version > seen) {
      if (seen !== undefined) this.entries.clear();
      this.newest.set(database, version);
    }
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }

  set(key: string, database: string, version: bigint, answer: CachedAnswer): void {
    if (answer.body.byteLength > MAX_ENTRY_BYTES) return;
    if (version < (this.newest.get(database) ?? version)) return; // a write landed meanwhile
    this.entries.set(key, answer);
  }

  /**
   * Which route answered a visitor's read on this path: the front door has only the
   * path, and the route is part of the key. Bounded: a crawl of many event pages
   * forgets the oldest paths (their reads then go through Next.js, as before).
   */
  rememberRoute(pathname: string, route: RememberedRoute): void {
    if (this.routes.size >= MAX_PATHS && !this.routes.has(pathname)) this.routes.delete(this.routes.keys().next().value!);
    this.routes.set(pathname, route);
  }

  routeOf(pathname: string): RememberedRoute | undefined {
    return this.routes.get(pathname);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}

export function getReadCache(): ReadCache {
  return (globalForCache.readCache ??= new ReadCache());
}
