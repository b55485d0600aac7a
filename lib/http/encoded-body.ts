// Cached answers compressed once, not once per request. Next.js compresses every
// compressible answer on the fly (gzip, level 6): for a 48 KB cached JSON answer that
// costs more than the rest of the request. A cached answer is compressed the first time
// a client asks for an encoding and the result is kept beside it. Only the front door
// sends these copies: Next.js drops a route's own Content-Encoding and compresses itself.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type Encoding = "br" | "gzip";

/** Below this, compression saves less than it costs (Next.js's own threshold). */
const MIN_BYTES = 1024;

/** The encoding to send: br when the client takes it, else gzip, else none (q=0 refuses). */
export function pickEncoding(acceptEncoding: string | null, bytes: number): Encoding | null {
  if (!acceptEncoding || bytes < MIN_BYTES) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return null;
}

export function encodedBody(body: Uint8Array, encoding: Encoding): Uint8Array {
  // Brotli quality 6: about gzip's speed and a smaller result; 11 (the default) takes
  // tens of milliseconds on a 48 KB answer, paid once per answer but on the event loop.
  if (encoding === "br") return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } });
  return gzipSync(body);
}
