import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/api-error";
import { parseLenient, parseStrict } from "@/lib/filters/parse-search-params";
import { toQueryString } from "@/lib/filters/serialize";
import { claimsQuerySchema, comparisonQuerySchema, overviewQuerySchema, resolveComparisonQuery } from "@/lib/schemas/view-queries";

describe("filters from the URL", () => {
  it("reads repeated parameters as lists and fills in defaults", () => {
    const q = parseStrict(overviewQuerySchema, new URLSearchParams("side=regime&side=is&from=2015-06-01"));
    expect(q).toMatchObject({ side: ["regime", "is"], outlet: [], from: "2015-06-01", bin: "month", chart: "line", convention: "literal-v1" });
  });

  it("strictly refuses a bad value with a 400 naming the parameter", () => {
    const attempt = () => parseStrict(claimsQuerySchema, new URLSearchParams("sort=quote"));
    expect(attempt).toThrow(ApiError);
    expect(attempt).toThrow(/Parameter `sort`/);
  });

  it("strictly refuses an impossible date", () => {
    expect(() => parseStrict(claimsQuerySchema, new URLSearchParams("to=2015-02-30"))).toThrow(/Parameter `to` is not a real date/);
  });

  it("leniently drops only what is wrong, so an old link still opens", () => {
    const q = resolveComparisonQuery(parseLenient(comparisonQuerySchema, { side: ["regime", "NOT A SIDE"], sort: "quote", page: "-3", by: "claimant" }));
    expect(q).toMatchObject({ side: ["regime"], sort: "date", page: 1, by: "claimant" });
  });

  it("opens the month × place comparison by disagreement and the event comparison by date, unless the URL names a sort", () => {
    expect(resolveComparisonQuery(parseLenient(comparisonQuerySchema, { by: "month-place" })).sort).toBe("ratio");
    expect(resolveComparisonQuery(parseLenient(comparisonQuerySchema, {})).sort).toBe("date");
    expect(resolveComparisonQuery(parseLenient(comparisonQuerySchema, { by: "month-place", sort: "date" })).sort).toBe("date");
  });

  it("leniently ignores a date range that runs backwards", () => {
    const q = parseLenient(overviewQuerySchema, { from: "2015-07-01", to: "2015-06-01", side: "is" });
    expect(q.from).toBeUndefined();
    expect(q.to).toBeUndefined();
    expect(q.side).toEqual(["is"]);
  });
});

describe("toQueryString", () => {
  it("leaves defaults out and repeats lists", () => {
    expect(toQueryString({ side: ["regime", "is"], bin: "month", chart: "bars", page: 1 }, { bin: "month", chart: "line", page: 1 })).toBe("?side=regime&side=is&chart=bars");
    expect(toQueryString({ bin: "month" }, { bin: "month" })).toBe("");
  });
});
