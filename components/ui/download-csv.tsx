import { aboutHref } from "@/lib/csv/about-flag";

/**
 * "Download CSV" of exactly what the page shows (the same query string on the CSV
 * endpoint), and beside it the file's companion (`about=1`): its sources, their
 * licences and how to cite it, so the CSV itself stays plain data.
 */
export function DownloadCsv({ endpoint, query, label = "Download CSV" }: { endpoint: string; query: string; label?: string }) {
  const href = `${endpoint}${query}`;
  return (
    <>
      <a className="button-link" href={href} download data-testid="download-csv">
        {label}
      </a>
      <a className="small" href={aboutHref(href)} data-testid="csv-about" target="_blank" rel="noopener">
        About this file: sources, licences, citation
      </a>
    </>
  );
}
