import { describe, expect, it } from "vitest";
import { filtersInWords } from "@/lib/citation/filters-in-words";
import { DEFAULT_FILTERS, type Filters } from "@/lib/filters/filter-schema";

const labels = { regime: "Regime", is: "IS" };
const filters = (f: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...f });

describe("filtersInWords", () => {
  it("says outcome, sides, dates and outlets in that order, sides by their short labels", () => {
    const text = filtersInWords(filters({ side: ["regime", "is"], from: "2015-01-01", to: "2015-12-31", outlet: ["SOHR"] }), { outcome: "killed" }, labels);
    expect(text).toBe("Killed · sides: Regime, IS · 2015-01-01 to 2015-12-31 · outlet: SOHR");
  });

  it("says 'all dates' when no range is set, and an open end when only one date is", () => {
    expect(filtersInWords(DEFAULT_FILTERS, { outcome: "killed" })).toBe("Killed · all dates");
    expect(filtersInWords(filters({ from: "2015-06-01" }), { outcome: "wounded" })).toBe("Wounded · from 2015-06-01");
    expect(filtersInWords(filters({ to: "2015-06-30" }))).toBe("All outcomes · to 2015-06-30");
  });

  it("lists the outcomes filtered for when the view shows more than one", () => {
    expect(filtersInWords(filters({ outcome: ["killed", "captured"] }))).toBe("Killed, captured · all dates");
  });

  it("names every other filter a reader set: places, claimants, scope, review state, convention, data sets", () => {
    const text = filtersInWords(
      filters({ place: ["al-Hasakah"], claimant: ["SOHR", "SANA"], scope: ["incident"], review: "reviewed", convention: "acled", dataset: ["UCDP GED 19.1"] }),
      { outcome: "killed" },
    );
    expect(text).toBe(
      "Killed · place: al-Hasakah · all dates · claimants: SOHR, SANA · incidents only · reviewed claims only · vague words by ACLED's convention · beside data set: UCDP GED 19.1",
    );
  });

  it("adds the chart's bin, placement and log scale", () => {
    expect(filtersInWords(DEFAULT_FILTERS, { outcome: "killed", bin: "week", placement: "spread", scale: "log" })).toBe(
      "Killed · all dates · per week · events spread over their periods · log scale",
    );
    expect(filtersInWords(DEFAULT_FILTERS, { outcome: "killed", bin: "month", placement: "start", scale: "linear" })).toBe("Killed · all dates · per month");
  });

  it("shows a side no label is given for by its key", () => {
    expect(filtersInWords(filters({ side: ["a-government-of-turkey"] }), { outcome: "killed" }, labels)).toBe("Killed · side: a-government-of-turkey · all dates");
  });
});
