import { describe, expect, it } from "vitest";
import { parseDatasetDate } from "@/lib/datasets/dataset-dates";
import { DatasetFormatError, detectLayout } from "@/lib/datasets/layouts";
import { parseDatasetFile } from "@/lib/datasets/parse-dataset-file";

const REDUCED = "id,year,month,day,country,type_of_violence,conflict_name,side_a,side_b,latitude,longitude,low_death,best_death,high_death";
const GED_SYRIA =
  "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high";

describe("detectLayout", () => {
  it("tells the four layouts apart by their columns", () => {
    expect(detectLayout(REDUCED.split(","))).toBe("ucdp-ged-reduced");
    expect(detectLayout(GED_SYRIA.split(","))).toBe("ucdp-ged-syria");
    expect(detectLayout([...GED_SYRIA.split(","), "relid", "gwnoa", "where_description"])).toBe("ucdp-ged");
  });

  it("refuses a file of another kind with a sentence naming what was expected", () => {
    expect(() => detectLayout(["title", "outlet", "text"])).toThrow(DatasetFormatError);
    expect(() => detectLayout(["title", "outlet", "text"])).toThrow(/3 columns \("title", "outlet", "text"\)\. Expected one of: UCDP GED/);
  });
});

describe("parseDatasetDate", () => {
  it("reads UCDP's ISO days and ACLED's day-Mon-yy", () => {
    expect(parseDatasetDate("2016-01-01")).toBe("2016-01-01");
    expect(parseDatasetDate("2013-01-03 00:00:00.000")).toBe("2013-01-03");
    expect(parseDatasetDate("9-May-20")).toBe("2020-05-09");
    expect(parseDatasetDate("27-Apr-98")).toBe("1998-04-27");
    expect(parseDatasetDate("09 May 2020")).toBe("2020-05-09");
  });
  it("refuses what is not a real date", () => {
    expect(parseDatasetDate("2016-02-30")).toBeNull();
    expect(parseDatasetDate("31-Foo-20")).toBeNull();
    expect(parseDatasetDate("yesterday")).toBeNull();
  });
});

describe("parseDatasetFile", () => {
  it("reports each malformed row by its line and keeps the rest", () => {
    const csv = [
      REDUCED,
      "1,2015,6,25,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.5,40.75,10,12,15",
      "2,2015,2,30,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.5,40.75,1,1,1",
      "3,2015,6,26,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.5,40.75,1,-4,1",
      "4,2015,6,27,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.5,40.75,1,x,1",
      "1,2015,6,28,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.5,40.75,1,1,1",
      "5,2015,6,29,Syria,State-based violence",
    ].join("\n");
    const parsed = parseDatasetFile(csv);
    expect(parsed.rows.map((r) => [r.line, r.sourceEventId, r.dateStart, r.low, r.best, r.high])).toEqual([[2, "1", "2015-06-25", 10, 12, 15]]);
    expect(parsed.malformed).toEqual([
      { line: 3, reason: "year, month and day do not make a date (2015-2-30)" },
      { line: 4, reason: "best_death is negative (-4)" },
      { line: 5, reason: 'best_death is not a whole number ("x")' },
      { line: 6, reason: "its id 1 is already on line 2" },
      { line: 7, reason: "it has 6 of 14 fields (cut short)" },
    ]);
  });

  it("keeps quoted line breaks and UTF-8 names intact, and counts lines from where each record starts", () => {
    const row = (id: string, headline: string, adm: string) =>
      `${id},2016,1,1,1,Syria: Government,1,x,1,Government of Syria,2,,IS,1,"art",SOHR,2016-01-01,"${headline}",,1,Ter Ma’la village,${adm},Ar Rastan district,34.8,36.7,POINT,1,Syria,652,Middle East,1,1,2016-01-01,2016-01-02,2,3,4,5,14,14,15`;
    const csv = [GED_SYRIA, row("10", "first line\nsecond line", "Homs Governorate"), row("11", "ok", "Ḩamāh Governorate")].join("\n");
    const parsed = parseDatasetFile(csv);
    expect(parsed.malformed).toEqual([]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(parsed.rows[0].headline).toBe("first line\nsecond line");
    expect(parsed.rows[0].location).toBe("Ter Ma’la village");
    expect(parsed.rows[1].adm1).toBe("Ḩamāh Governorate");
    expect(parsed.rows[0].deaths).toEqual([
      { role: "a", actor: "Government of Syria", count: 2 },
      { role: "b", actor: "IS", count: 3 },
      { role: "civilians", actor: null, count: 4 },
      { role: "unknown", actor: null, count: 5 },
    ]);
    expect([parsed.rows[0].dateEnd, parsed.rows[0].datePrecision, parsed.rows[0].typeOfViolence]).toEqual(["2016-01-02", 1, "State-based violence"]);
  });

  it("leaves out other countries and counts them", () => {
    const csv = [REDUCED, "1,2015,6,25,Iraq,x,x,a,b,33,44,1,1,1", "2,2015,6,25,Syria,x,x,a,b,33,44,1,1,1"].join("\n");
    const parsed = parseDatasetFile(csv, { country: "Syria" });
    expect([parsed.rows.length, parsed.outsideCountry]).toEqual([1, 1]);
    expect(parseDatasetFile(csv, { country: null }).rows).toHaveLength(2);
  });

  it("refuses an empty file and a report file", () => {
    expect(() => parseDatasetFile("")).toThrow(/empty/);
    expect(() => parseDatasetFile("title: x\noutlet: y\n\nSome text.")).toThrow(DatasetFormatError);
  });
});

describe("a file that is not CSV at all", () => {
  it("is named in one sentence as not a CSV of a known layout, with the line, not the parser's wording", () => {
    const markdown = '# Casualty claims\n\nReports make claims:\n"at least 30 members" of the regime forces, and "20 IS members"\n';
    let message = "";
    try {
      parseDatasetFile(markdown);
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetFormatError);
      message = (e as Error).message;
    }
    expect(message).toBe("The file is not a CSV of a known layout (UCDP GED or ACLED export): a quote is out of place at line 4.");
  });

  it("says so when the header is a known layout but a row breaks the CSV", () => {
    const header = "id,year,month,day,country,type_of_violence,conflict_name,side_a,side_b,latitude,longitude,low_death,best_death,high_death";
    expect(() => parseDatasetFile(`${header}\n1,2015,6,25,Syria,x"y,x,a,b,33,44,1,1,1\n`)).toThrow(
      "The file has the header of a UCDP GED, reduced layout (14 columns: no split by side) file but is not valid CSV: a quote is out of place at line 2.",
    );
  });
});
