// Extraction time grows with the text's length, not its square: one long paragraph
// (no blank line anywhere) used to take 25 s for 400 KB. The figure per size is in
// `npm run bench:extraction`; here only the shape is held (time per KB may not grow).
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";

const SENTENCE = "At least 5 regime soldiers were killed in Hasakah on Thursday, SOHR said. ";
const meta = { outlet: "SOHR", published: "2016-05-13", publishedPrecision: "day" as const };

function msPerKb(kb: number): { msPerKb: number; claims: number } {
  const text = SENTENCE.repeat(Math.ceil((kb * 1024) / SENTENCE.length));
  const t0 = performance.now();
  const claims = extractClaims(text, meta, getProfile()).length;
  return { msPerKb: (performance.now() - t0) / kb, claims };
}

describe("extraction on one long paragraph", () => {
  it("takes no more time per kilobyte at 2 MB than at 200 KB, and finds every sentence's claim", () => {
    msPerKb(50); // warm-up: compiled code and caches, as in a running server
    const small = msPerKb(200);
    const large = msPerKb(2048);
    const sentencesIn = (kb: number) => Math.ceil((kb * 1024) / SENTENCE.length);
    expect(small.claims).toBe(sentencesIn(200));
    expect(large.claims).toBe(sentencesIn(2048));
    // Quadratic growth made this ratio about 10 (2 MB is ten times 200 KB); linear keeps it near 1.
    expect(large.msPerKb / small.msPerKb).toBeLessThan(2.5);
  }, 120_000);
});
