// Who a view's figures come from, and on what terms: the news outlets whose claims it
// counts and the curated data sets set beside them. UCDP GED is CC BY 4.0 and must be
// attributed; ACLED is used under ACLED's own Terms of Use (see ../shared/data/real/
// *.source.md). Pure: the query (lib/queries/get-view-sources.ts) says which sources.

export const SITE_NAME = "Casualty claims";

/** A data set in view, with the family of the layout it was imported from ("UCDP GED", "ACLED"; null when unknown). */
export type DatasetSource = { name: string; family: string | null };
export type ViewSources = { outlets: string[]; datasets: DatasetSource[] };

type Terms = { holder: string; short: string; licence: string; licenceUrl: string; home: string; citation: string };

const TERMS: Record<string, Terms> = {
  "UCDP GED": {
    holder: "Uppsala Conflict Data Program (UCDP), Uppsala University",
    short: "UCDP, CC BY 4.0",
    licence: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    home: "https://ucdp.uu.se/downloads/",
    citation: "Sundberg, Ralph & Erik Melander (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4), 523–532.",
  },
  ACLED: {
    holder: "Armed Conflict Location & Event Data Project (ACLED)",
    short: "ACLED, used under ACLED's Terms of Use",
    licence: "ACLED's Terms of Use (not an open licence: attribution required, redistribution of the raw data restricted)",
    licenceUrl: "https://acleddata.com/terms-of-use/",
    home: "https://acleddata.com",
    citation: "Raleigh, Clionadh, Andrew Linke, Håvard Hegre & Joakim Karlsen (2010). Introducing ACLED: An Armed Conflict Location and Event Dataset. Journal of Peace Research 47(5), 651–660.",
  },
};

/** The paper UCDP asks to cite with each GED release, beside the data set's own. */
const UCDP_RELEASE_CITATIONS: Record<string, string> = {
  "19.1": "Högbladh, Stina (2019). UCDP GED Codebook version 19.1. Department of Peace and Conflict Research, Uppsala University.",
  "21.1": "Pettersson, Therese, et al. (2021). Organized violence 1989–2020, with a special emphasis on Syria. Journal of Peace Research 58(4).",
  "23.1": "Davies, Shawn, Therese Pettersson & Magnus Öberg (2023). Organized violence 1989–2022 and the return of conflicts between states? Journal of Peace Research 60(4).",
};

const MAX_OUTLETS = 8;

function outletList(outlets: readonly string[]): string {
  const shown = outlets.slice(0, MAX_OUTLETS).join(", ");
  const more = outlets.length - MAX_OUTLETS;
  return more > 0 ? `${shown} and ${more} more outlet${more === 1 ? "" : "s"}` : shown;
}

/** "UCDP GED 19.1 (UCDP, CC BY 4.0)"; a data set of no known family is named alone. */
function datasetShort(d: DatasetSource): string {
  const terms = d.family ? TERMS[d.family] : undefined;
  return terms ? `${d.name} (${terms.short})` : d.name;
}

/** The one-line source under a chart or table and in a downloaded image's footer. */
export function sourceLine(sources: ViewSources): string {
  const parts: string[] = [];
  if (sources.outlets.length) parts.push(`news reports by ${outletList(sources.outlets)}, figures as the reports state them`);
  for (const d of sources.datasets) parts.push(datasetShort(d));
  return parts.length ? `Source: ${parts.join("; ")}.` : "Source: no claims in this view.";
}

/** The full attribution, one paragraph per source: holder, licence with its address, what to cite. */
export function attributionParagraphs(sources: ViewSources): string[] {
  const paragraphs: string[] = [];
  if (sources.outlets.length) {
    paragraphs.push(
      `News reports by ${sources.outlets.join(", ")}. The figures are the casualty claims these reports state, extracted by ${SITE_NAME} sentence by sentence; each claim links to its sentence. The reports remain their publishers'.`,
    );
  }
  for (const d of sources.datasets) {
    const terms = d.family ? TERMS[d.family] : undefined;
    if (!terms) {
      paragraphs.push(`${d.name}: a curated data set; its licence is not recorded here, check its publisher's terms.`);
      continue;
    }
    const release = d.family === "UCDP GED" ? UCDP_RELEASE_CITATIONS[d.name.match(/\d+\.\d+/)?.[0] ?? ""] : undefined;
    const cite = [terms.citation, release].filter(Boolean).join(" ");
    paragraphs.push(`${d.name}: data by the ${terms.holder} (${terms.home}), licensed under ${terms.licence}, ${terms.licenceUrl}. Cite: ${cite}`);
  }
  return paragraphs;
}
