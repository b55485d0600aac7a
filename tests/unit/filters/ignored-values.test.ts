// Pages drop URL values they cannot use, and now say which: the parameter, the value,
// and what it takes instead, as the API's 400 names the parameter.
import { describe, expect, it } from "vitest";
import { describeIgnoredValue } from "@/lib/filters/describe-ignored-value";
import { dropUnknownFilterValues, keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { getProfile } from "@/lib/profiles";
import { comparisonQuerySchema, overviewQuerySchema } from "@/lib/schemas/view-queries";

const PROFILE_SIDES = getProfile().sides.map((s) => s.key);
const sentences = (ignored: Parameters<typeof describeIgnoredValue>[0][]) => ignored.map(describeIgnoredValue);

describe("parseLenientReporting", () => {
  it("keeps what parses and names each malformed value with the rule it broke", () => {
    const { query, ignored } = parseLenientReporting(overviewQuerySchema, { side: ["regime", "MARTIANS"], outcome: "dead", from: "2015-13-01", bin: "year" });
    expect(query).toMatchObject({ side: ["regime"], outcome: [], bin: "month" });
    expect(query.from).toBeUndefined();
    expect(sentences(ignored)).toEqual([
      "Side “MARTIANS” was ignored: it must be a side key such as regime or is.",
      "Unknown outcome “dead” was ignored (known: killed, wounded, captured).",
      "Start date (from) “2015-13-01” was ignored: it is not a real date between 1900-01-01 and 2100-12-31.",
      "Unknown time bin “year” was ignored (known: day, week, month).",
    ]);
  });

  it("says both dates were dropped when from is after to", () => {
    const { query, ignored } = parseLenientReporting(overviewQuerySchema, { from: "2015-07-01", to: "2015-06-01", side: "is" });
    expect([query.from, query.to, query.side]).toEqual([undefined, undefined, ["is"]]);
    expect(sentences(ignored)).toEqual(["Start date (from) “2015-07-01” was ignored: it is after the end date (to) 2015-06-01, so both dates were ignored."]);
  });

  it("names a value with a NUL byte without echoing the control character", () => {
    const { ignored } = parseLenientReporting(overviewQuerySchema, { place: "Kobani\u0000" });
    expect(ignored).toEqual([{ key: "place", value: "Kobani\uFFFD", reason: "must not contain control characters (such as a NUL byte)" }]);
  });

  it("ignores nothing in a clean link", () => {
    expect(parseLenientReporting(comparisonQuerySchema, { side: "regime", by: "month-place", dataset: "UCDP GED 19.1", page: "2" }).ignored).toEqual([]);
  });
});

describe("dropUnknownFilterValues", () => {
  it("drops a well-formed side key no side has and names it with the known ones", () => {
    const { query, ignored } = dropUnknownFilterValues({ side: ["martians", "is"], dataset: [] }, { sides: PROFILE_SIDES, datasets: [] });
    expect(query.side).toEqual(["is"]);
    expect(describeIgnoredValue(ignored[0])).toMatch(/^Unknown side “martians” was ignored \(known: regime, is, .*\)\.$/);
  });

  it("drops a data set that was never imported", () => {
    const { query, ignored } = dropUnknownFilterValues({ side: [], dataset: ["NoSuchSet", "UCDP GED 19.1"] }, { sides: [], datasets: ["UCDP GED 19.1"] });
    expect(query.dataset).toEqual(["UCDP GED 19.1"]);
    expect(sentences(ignored)).toEqual(["Unknown data set “NoSuchSet” was ignored (known: UCDP GED 19.1)."]);
    expect(describeIgnoredValue({ key: "dataset", value: "X", known: [] })).toBe("Unknown data set “X” was ignored (no data set has been imported yet).");
  });

  it("knows the sides of the profile and those a data-set import added to the database", () => {
    const parsed = parseLenientReporting(overviewQuerySchema, { side: ["kurdish", "free-syrian-army-x", "martians"] });
    const { q, ignored } = keepKnownFilterValues(parsed, PROFILE_SIDES, { sides: [{ value: "free-syrian-army-x" }], datasets: [] });
    expect(q.side).toEqual(["kurdish", "free-syrian-army-x"]);
    expect(ignored.map((v) => v.value)).toEqual(["martians"]);
  });

  it("shortens a long list of known values and a long value", () => {
    const many = Array.from({ length: 20 }, (_, i) => `s${i}`);
    expect(describeIgnoredValue({ key: "side", value: "x".repeat(80), known: many })).toBe(
      `Unknown side “${"x".repeat(60)}…” was ignored (known: ${many.slice(0, 12).join(", ")} and 8 more).`,
    );
  });
});
