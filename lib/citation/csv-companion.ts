// The companion of a CSV download (the same address with `about=1`): the CSV itself
// stays plain data, and this text says what it holds, for which filters, from which
// sources under which licences, and how to cite it.
import { citeThisView, formatAccessDate } from "./cite-view";
import { attributionParagraphs, SITE_NAME, type ViewSources } from "./sources";

export type CsvCompanion = { title: string; fileName: string; csvUrl: string; pageUrl: string; filtersText: string; accessed: Date; sources: ViewSources };

export function csvCompanionText(c: CsvCompanion): string {
  const lines = [
    `${SITE_NAME}: about ${c.fileName}`,
    "",
    `What it holds: ${c.title}`,
    `Filters: ${c.filtersText}`,
    `File: ${c.csvUrl}`,
    `View on the site: ${c.pageUrl}`,
    `Accessed: ${formatAccessDate(c.accessed)}`,
    "",
    "Sources and licences",
    ...attributionParagraphs(c.sources).map((p) => `- ${p}`),
    "",
    "Cite this view",
    citeThisView({ title: c.title, filtersText: c.filtersText, url: c.pageUrl, accessed: c.accessed, sources: c.sources }),
    "",
  ];
  return lines.join("\r\n");
}
