// The source line and "Cite this view" under a page's tables, for exactly its view.
import type { Filters } from "@/lib/filters/filter-schema";
import { citeThisView } from "./cite-view";
import { filtersInWords, type ViewSettings } from "./filters-in-words";
import { sourceLine, type ViewSources } from "./sources";

type Input = { title: string; filters: Filters; settings?: ViewSettings; sideLabels: Record<string, string>; sources: ViewSources; url: string; accessed: Date };

export function pageCitation({ title, filters, settings, sideLabels, sources, url, accessed }: Input): { sourceLine: string; citeText: string } {
  const filtersText = filtersInWords(filters, settings, sideLabels);
  return { sourceLine: sourceLine(sources), citeText: citeThisView({ title, filtersText, url, accessed, sources }) };
}
