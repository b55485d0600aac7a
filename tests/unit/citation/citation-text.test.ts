import { describe, expect, it } from "vitest";
import { chartPublication } from "@/lib/citation/chart-publication";
import { citeThisView, formatAccessDate } from "@/lib/citation/cite-view";
import { csvCompanionText } from "@/lib/citation/csv-companion";
import { attributionParagraphs, sourceLine } from "@/lib/citation/sources";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";

const ACCESSED = new Date("2026-12-01T23:30:00Z");
const ged = { name: "UCDP GED 19.1", family: "UCDP GED" };
const acled = { name: "ACLED 2020-04-27 to 2020-05-09", family: "ACLED" };

describe("sourceLine", () => {
  it("names the outlets and each data set with its licence", () => {
    expect(sourceLine({ outlets: ["ARA News", "SOHR"], datasets: [ged, acled] })).toBe(
      "Source: news reports by ARA News, SOHR, figures as the reports state them; UCDP GED 19.1 (UCDP, CC BY 4.0); ACLED 2020-04-27 to 2020-05-09 (ACLED, used under ACLED's Terms of Use).",
    );
  });

  it("shortens a long list of outlets", () => {
    const outlets = Array.from({ length: 11 }, (_, i) => `Outlet ${i + 1}`);
    expect(sourceLine({ outlets, datasets: [] })).toContain("Outlet 8 and 3 more outlets, figures");
  });

  it("says so when nothing is in view", () => {
    expect(sourceLine({ outlets: [], datasets: [] })).toBe("Source: no claims in this view.");
  });
});

describe("attributionParagraphs", () => {
  it("attributes UCDP GED under CC BY 4.0 with the licence's address and the papers to cite, the release's own among them", () => {
    const [text] = attributionParagraphs({ outlets: [], datasets: [ged] });
    expect(text).toContain("Uppsala Conflict Data Program (UCDP), Uppsala University");
    expect(text).toContain("Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/");
    expect(text).toContain("Sundberg, Ralph & Erik Melander (2013)");
    expect(text).toContain("UCDP GED Codebook version 19.1");
  });

  it("points ACLED data to ACLED's terms of use, not an open licence", () => {
    const [text] = attributionParagraphs({ outlets: [], datasets: [acled] });
    expect(text).toContain("ACLED's Terms of Use (not an open licence");
    expect(text).toContain("https://acleddata.com/terms-of-use/");
    expect(text).toContain("Raleigh, Clionadh");
  });

  it("says a data set's licence is not known rather than inventing one", () => {
    expect(attributionParagraphs({ outlets: [], datasets: [{ name: "My file", family: null }] })[0]).toContain("its licence is not recorded here");
  });
});

describe("citeThisView", () => {
  it("gives the site, the title, the filters, the address of the view and the access day (UTC)", () => {
    const text = citeThisView({
      title: "Reported killed per month, by side",
      filtersText: "Killed · side: Regime · 2015-01-01 to 2015-12-31",
      url: "http://localhost:3000/?side=regime&from=2015-01-01&to=2015-12-31",
      accessed: ACCESSED,
      sources: { outlets: ["SOHR"], datasets: [] },
    });
    expect(text).toBe(
      "Casualty claims, “Reported killed per month, by side” (Killed · side: Regime · 2015-01-01 to 2015-12-31), http://localhost:3000/?side=regime&from=2015-01-01&to=2015-12-31, accessed 1 December 2026. Source: news reports by SOHR, figures as the reports state them.",
    );
  });

  it("writes the access date as a day, month and year", () => {
    expect(formatAccessDate(new Date("2015-06-25T00:00:00Z"))).toBe("25 June 2015");
  });
});

describe("chartPublication", () => {
  it("links the page and the embed with the same query, and names the files after the filters", () => {
    const p = chartPublication({
      id: "per-side-chart", embedPath: "/embed/overview", title: "Reported killed per month, by side",
      filters: { ...DEFAULT_FILTERS, side: ["regime"] }, settings: { outcome: "killed", bin: "month", scale: "log" }, sideLabels: { regime: "Regime" },
      sources: { outlets: ["SOHR"], datasets: [] }, origin: "https://example.org", pagePath: "/", query: "?side=regime&scale=log", accessed: ACCESSED,
    });
    expect(p.pageUrl).toBe("https://example.org/?side=regime&scale=log");
    expect(p.embedUrl).toBe("https://example.org/embed/overview?side=regime&scale=log");
    expect(p.filtersText).toBe("Killed · side: Regime · all dates · per month · log scale");
    expect(p.citeText).toContain("https://example.org/?side=regime&scale=log, accessed 1 December 2026");
    expect(p.fileBase).toBe("per-side-chart_side-regime_bin-month_outcome-killed_scale-log");
  });
});

describe("csvCompanionText", () => {
  it("holds the file, its filters, both addresses, the access date, the UCDP attribution and the citation", () => {
    const text = csvCompanionText({
      title: "Reported casualties per time bin and side (the overview's chart)",
      fileName: "timeseries_dataset-ucdp-ged-19-1.csv",
      csvUrl: "http://h/api/timeseries.csv?dataset=UCDP+GED+19.1",
      pageUrl: "http://h/?dataset=UCDP+GED+19.1",
      filtersText: "Killed · all dates · beside data set: UCDP GED 19.1",
      accessed: ACCESSED,
      sources: { outlets: ["SOHR"], datasets: [ged] },
    });
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Casualty claims: about timeseries_dataset-ucdp-ged-19-1.csv");
    expect(lines).toContain("Filters: Killed · all dates · beside data set: UCDP GED 19.1");
    expect(lines).toContain("File: http://h/api/timeseries.csv?dataset=UCDP+GED+19.1");
    expect(lines).toContain("View on the site: http://h/?dataset=UCDP+GED+19.1");
    expect(lines).toContain("Accessed: 1 December 2026");
    expect(text).toContain("licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)");
    expect(lines[lines.length - 2]).toMatch(/^Casualty claims, “Reported casualties per time bin and side/);
  });
});
