// What a chart carries when it is published (downloaded, linked, embedded, cited):
// its title, its filters in words, its sources, the address of exactly its view and
// of its embed, and the citation. Built once per chart on the server, for the page
// and the embed alike.
import { csvFileName } from "@/lib/filters/download-file-name";
import type { Filters } from "@/lib/filters/filter-schema";
import { citeThisView } from "./cite-view";
import { filtersInWords, type ViewSettings } from "./filters-in-words";
import type { ViewSources } from "./sources";

export type ChartPublicationText = {
  /** The chart's anchor on its page ("per-side-chart"), for the link to this view. */
  id: string;
  title: string;
  filtersText: string;
  sources: ViewSources;
  /** "Cite this view", written on the server with the day the page was read. */
  citeText: string;
  /** The page's address for exactly this view, filters included. */
  pageUrl: string;
  embedUrl: string;
  /** The downloads' file name without its extension. */
  fileBase: string;
};

type Input = {
  /** The chart's anchor and its embed's name: "per-side-chart" is embedded at /embed/overview. */
  id: string;
  embedPath: string;
  title: string;
  filters: Filters;
  settings: ViewSettings;
  sideLabels: Record<string, string>;
  sources: ViewSources;
  /** "http://localhost:3000" and the page's path with its query string ("/?side=regime"), defaults left out. */
  origin: string;
  pagePath: string;
  query: string;
  accessed: Date;
};

export function chartPublication(input: Input): ChartPublicationText {
  const filtersText = filtersInWords(input.filters, input.settings, input.sideLabels);
  const pageUrl = `${input.origin}${input.pagePath}${input.query}`;
  const extra: Record<string, string> = {};
  if (input.settings.bin) extra.bin = input.settings.bin;
  if (input.settings.outcome) extra.outcome = input.settings.outcome;
  if (input.settings.scale === "log") extra.scale = "log";
  return {
    id: input.id,
    title: input.title,
    filtersText,
    sources: input.sources,
    citeText: citeThisView({ title: input.title, filtersText, url: pageUrl, accessed: input.accessed, sources: input.sources }),
    pageUrl,
    embedUrl: `${input.origin}${input.embedPath}${input.query}`,
    fileBase: csvFileName(input.id, input.filters, extra).replace(/\.csv$/, ""),
  };
}
