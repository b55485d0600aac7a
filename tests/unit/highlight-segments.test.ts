import { describe, expect, it } from "vitest";
import { highlightSegments } from "@/lib/reports/highlight-segments";

const TEXT = "Clashes left 30 soldiers dead. Later 20 fighters died. Nothing else.";

describe("highlightSegments", () => {
  it("marks each claim's span and keeps every character of the text in order", () => {
    const segments = highlightSegments(TEXT, [{ id: 1, spanStart: 0, spanEnd: 30 }, { id: 2, spanStart: 31, spanEnd: 54 }]);
    expect(segments.map((s) => s.text).join("")).toBe(TEXT);
    expect(segments.filter((s) => s.claimIds.length).map((s) => [s.text, s.claimIds])).toEqual([
      ["Clashes left 30 soldiers dead.", [1]],
      ["Later 20 fighters died.", [2]],
    ]);
  });

  it("merges two claims that share one sentence into one mark carrying both", () => {
    const segments = highlightSegments(TEXT, [{ id: 7, spanStart: 0, spanEnd: 30 }, { id: 8, spanStart: 0, spanEnd: 30 }]);
    expect(segments[0]).toEqual({ text: "Clashes left 30 soldiers dead.", claimIds: [7, 8] });
    expect(segments.map((s) => s.text).join("")).toBe(TEXT);
  });

  it("ignores spans outside the text instead of breaking the page", () => {
    const segments = highlightSegments(TEXT, [{ id: 1, spanStart: 60, spanEnd: 500 }]);
    expect(segments).toEqual([{ text: TEXT, claimIds: [] }]);
  });
});
