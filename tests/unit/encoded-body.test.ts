import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodedBody, pickEncoding } from "@/lib/http/encoded-body";

describe("pickEncoding", () => {
  it("prefers br, then gzip, and sends small answers as they are", () => {
    expect(pickEncoding("gzip, deflate, br", 50_000)).toBe("br");
    expect(pickEncoding("gzip, deflate", 50_000)).toBe("gzip");
    expect(pickEncoding("*", 50_000)).toBe("gzip");
    expect(pickEncoding("gzip, br", 500)).toBeNull();
    expect(pickEncoding(null, 50_000)).toBeNull();
    expect(pickEncoding("identity", 50_000)).toBeNull();
  });

  it("never sends an encoding the client refused with q=0", () => {
    expect(pickEncoding("br;q=0, gzip", 50_000)).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip;q=0", 50_000)).toBeNull();
  });
});

describe("encodedBody", () => {
  it("compresses to bytes that unpack to the same answer", () => {
    const json = Buffer.from(JSON.stringify({ points: Array.from({ length: 500 }, (_, i) => ({ bin: `2016-${i}`, low: i, best: i + 1 })) }));
    expect(gunzipSync(encodedBody(json, "gzip")).equals(json)).toBe(true);
    expect(brotliDecompressSync(encodedBody(json, "br")).equals(json)).toBe(true);
    expect(encodedBody(json, "br").byteLength).toBeLessThan(json.byteLength / 4);
  });
});
