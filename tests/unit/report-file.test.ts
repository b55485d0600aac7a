// Reading report files: the corpus header format, plain text with metadata given
// by the user, and the refusals a user sees for files that are not reports.
import { describe, expect, it } from "vitest";
import { MAX_REPORT_BYTES, parseReportFile } from "@/lib/reports/parse-report-file";

const enc = (s: string) => new TextEncoder().encode(s);
const HEADER = "title: Ten killed\noutlet: Test Wire\nurl: https://example.org/a\npublished: 2015-06-25\n\n";

describe("parseReportFile", () => {
  it("reads the header and keeps the text exactly", () => {
    const r = parseReportFile(enc(`${HEADER}Ten soldiers\u00a0were killed.\n`), "a.txt");
    expect(r).toEqual({ ok: true, report: { title: "Ten killed", outlet: "Test Wire", url: "https://example.org/a", published: "2015-06-25", publishedPrecision: "day", text: "Ten soldiers\u00a0were killed.\n" } });
  });
  it("reads a month-only and an unknown publication date", () => {
    const month = parseReportFile(enc(`${HEADER.replace("2015-06-25", "2014-11")}Text.`), "a.txt");
    const unknown = parseReportFile(enc(`${HEADER.replace("2015-06-25", "unknown").replace("https://example.org/a", "unknown")}Text.`), "a.txt");
    expect(month.ok && [month.report.published, month.report.publishedPrecision]).toEqual(["2014-11", "month"]);
    expect(unknown.ok && [unknown.report.published, unknown.report.publishedPrecision, unknown.report.url]).toEqual([null, "unknown", null]);
  });
  it("drops a BOM and turns CRLF into LF before anything else", () => {
    const r = parseReportFile(enc(`\uFEFF${HEADER.replace(/\n/g, "\r\n")}Line one.\r\nLine two.`), "a.txt");
    expect(r.ok && r.report.text).toBe("Line one.\nLine two.");
  });
  it("accepts a plain .txt when the outlet is given, titling it by its first line", () => {
    const r = parseReportFile(enc("Clashes in Hasakah\nTen soldiers were killed."), "plain.txt", { outlet: "Test Wire", published: "2015-06-25" });
    expect(r.ok && [r.report.title, r.report.outlet, r.report.publishedPrecision]).toEqual(["Clashes in Hasakah", "Test Wire", "day"]);
  });

  const REFUSALS: { title: string; bytes: Uint8Array; reason: RegExp }[] = [
    { title: "refuses an empty file", bytes: new Uint8Array(), reason: /empty/ },
    { title: "refuses a binary file", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), reason: /binary/ },
    { title: "refuses text that is not UTF-8", bytes: new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0xe9, 0x20, 0x78]), reason: /UTF-8/ },
    { title: "refuses a report over 2 MB", bytes: new Uint8Array(MAX_REPORT_BYTES + 1).fill(0x61), reason: /2 MB/ },
    { title: "refuses a plain file without an outlet", bytes: enc("Ten soldiers were killed."), reason: /outlet/ },
    { title: "refuses a header line that is not key: value", bytes: enc("title: A\noutlet B\n\ntext"), reason: /key: value/ },
    { title: "refuses a header with no text after it", bytes: enc(HEADER), reason: /no text/ },
    { title: "refuses a badly written date", bytes: enc(`${HEADER.replace("2015-06-25", "25/06/2015")}Text.`), reason: /date/ },
    { title: "refuses an impossible date", bytes: enc(`${HEADER.replace("2015-06-25", "2015-02-30")}Text.`), reason: /not a real date/ },
  ];
  it.each(REFUSALS)("$title", ({ bytes, reason }) => {
    const r = parseReportFile(bytes, "bad.txt");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
