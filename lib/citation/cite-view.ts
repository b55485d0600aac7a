// "Cite this view": the text a researcher pastes under a figure or into a reference
// list, with the address of exactly this view (its filters included) and the day it
// was read. The same text on the page, in the embed, in a downloaded image's footer
// and in a CSV's companion file.
import { SITE_NAME, sourceLine, type ViewSources } from "./sources";

const ACCESS_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "1 December 2026" (the day in UTC, so the server and the browser agree). */
export function formatAccessDate(date: Date): string {
  return ACCESS_DATE.format(date);
}

export type CitedView = { title: string; filtersText: string; url: string; accessed: Date; sources: ViewSources };

/**
 * Casualty claims, “Reported killed per month, by side” (Killed · side: Regime · 2015-01-01
 * to 2015-12-31), http://…/?side=regime&…, accessed 1 December 2026. Source: ….
 */
export function citeThisView({ title, filtersText, url, accessed, sources }: CitedView): string {
  return `${SITE_NAME}, “${title}” (${filtersText}), ${url}, accessed ${formatAccessDate(accessed)}. ${sourceLine(sources)}`;
}

/** The footer line of a downloaded chart: source, address and access date. */
export function chartFooterLines({ url, accessed, sources }: Pick<CitedView, "url" | "accessed" | "sources">): string[] {
  return [sourceLine(sources), `${SITE_NAME}, ${url}, accessed ${formatAccessDate(accessed)}.`];
}
