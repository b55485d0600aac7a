import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "@/lib/csv/escape";
import { csvFileName } from "@/lib/filters/download-file-name";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";

describe("CSV cells", () => {
  it.each([
    ["plain", "plain"],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ["+1", "'+1"],
    ["-cmd", "'-cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
  ])("writes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("writes numbers as numbers (a negative figure stays a number) and null as empty", () => {
    expect(csvRow([-5, 0, null, true, "x"])).toBe("-5,0,,true,x\r\n");
  });
});

describe("CSV file names", () => {
  it("say what was filtered", () => {
    expect(csvFileName("claims", DEFAULT_FILTERS)).toBe("claims.csv");
    expect(csvFileName("claims", { ...DEFAULT_FILTERS, outlet: ["ARA News"], side: ["regime", "is"], from: "2015-06-01", convention: "acled" })).toBe(
      "claims_outlet-ara-news_side-regime+is_2015-06-01_end_acled.csv",
    );
  });
});
