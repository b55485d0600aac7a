// GET /api/<view>.csv?…&about=1: the CSV's companion text (lib/csv/about-flag.ts), for
// the same query as the file: sources in view, their licences and the citation.
import "server-only";
import { csvCompanionText } from "@/lib/citation/csv-companion";
import { filtersInWords, type ViewSettings } from "@/lib/citation/filters-in-words";
import { CSV_VIEWS, type CsvView } from "@/lib/citation/view-titles";
import { aboutFileName, ABOUT_PARAM } from "@/lib/csv/about-flag";
import type { Filters } from "@/lib/filters/filter-schema";
import { originFromHeaders } from "@/lib/http/forwarded";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getViewSources } from "@/lib/queries/get-view-sources";
import { downloadHeaders } from "@/lib/http/download-headers";

type About = {
  view: CsvView;
  fileName: string;
  /** The filters the file was made with, as its companion describes them. */
  filters: Filters;
  settings?: ViewSettings;
  title?: string;
  /** Whose sources to name, when not the filters' (a data set's breakdown names the data set alone: `claims: false`). */
  sources?: { filters: Filters; claims: boolean };
};

export async function csvAboutResponse(request: Request, about: About): Promise<Response> {
  const url = new URL(request.url);
  const origin = originFromHeaders(request.headers, url.protocol);
  const query = new URLSearchParams(url.searchParams);
  query.delete(ABOUT_PARAM);
  const qs = query.toString() ? `?${query}` : "";
  const page = CSV_VIEWS[about.view].page;
  const text = csvCompanionText({
    title: about.title ?? CSV_VIEWS[about.view].title,
    fileName: about.fileName,
    csvUrl: `${origin}${url.pathname}${qs}`,
    pageUrl: `${origin}${page}${qs}`,
    filtersText: filtersInWords(about.filters, about.settings, shortSideLabels(getProfile())),
    accessed: new Date(),
    sources: await getViewSources(about.sources?.filters ?? about.filters, { claims: about.sources?.claims ?? true }),
  });
  return new Response(text, { headers: downloadHeaders("text/plain; charset=utf-8", "inline", aboutFileName(about.fileName)) });
}
