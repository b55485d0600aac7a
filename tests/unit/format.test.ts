import { describe, expect, it } from "vitest";
import { formatCount } from "@/lib/format/counts";
import { formatPublished } from "@/lib/format/dates";

describe("formatCount", () => {
  it.each([
    [{ low: 10, high: 10, qualifier: "exact" }, "10"],
    [{ low: 30, high: null, qualifier: "at_least" }, "≥30"],
    [{ low: 24, high: null, qualifier: "vague" }, "≥24"],
    [{ low: 1, high: 70, qualifier: "at_most" }, "≤70"],
    [{ low: 50, high: 50, qualifier: "about" }, "~50"],
    [{ low: 10, high: 15, qualifier: "range" }, "10–15"],
    [{ low: 0, high: 0, qualifier: "exact" }, "0"],
  ])("shows %o as %s", (count, shown) => {
    expect(formatCount(count)).toBe(shown);
  });
});

describe("formatPublished", () => {
  it("shows a day, a month-only date, and an unknown date the way a reader expects", () => {
    expect(formatPublished("2015-06-25", "day")).toBe("25 Jun 2015");
    expect(formatPublished("2015-06-01", "month")).toBe("Jun 2015");
    expect(formatPublished(null, "unknown")).toBe("date unknown");
  });
});
