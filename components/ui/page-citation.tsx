// A page's source line and "Cite this view" (ViewCitation), with the sources of
// exactly its filters read here, for pages whose own queries do not name them.
import type { ViewSettings } from "@/lib/citation/filters-in-words";
import { pageCitation } from "@/lib/citation/page-citation";
import type { Filters } from "@/lib/filters/filter-schema";
import { loadPageData } from "@/lib/routes/load-page-data";
import { getPageOrigin } from "@/lib/http/page-origin";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getViewSources } from "@/lib/queries/get-view-sources";
import { ViewCitation } from "./view-citation";

type Props = {
  title: string;
  /** The page's path and its query string as the page rebuilt it (defaults left out): "/compare", "?side=regime". */
  path: string;
  query: string;
  filters: Filters;
  settings?: ViewSettings;
  /** Whose sources to name, when not the filters' (a data set's own page: that data set alone, `claims: false`). */
  sources?: { filters: Filters; claims: boolean };
};

export async function PageCitation({ title, path, query, filters, settings, sources: named }: Props) {
  const sources = await loadPageData(() => getViewSources(named?.filters ?? filters, { claims: named?.claims ?? true }));
  if (!sources.ok) return null; // the page already says the database is unavailable
  const origin = await getPageOrigin();
  const citation = pageCitation({ title, filters, settings, sideLabels: shortSideLabels(getProfile()), sources: sources.data, url: `${origin}${path}${query}`, accessed: new Date() });
  return <ViewCitation {...citation} />;
}
