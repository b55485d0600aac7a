/** "Download CSV" of exactly what the page shows: the same query string on the CSV endpoint. */
export function DownloadCsv({ endpoint, query, label = "Download CSV" }: { endpoint: string; query: string; label?: string }) {
  return (
    <a className="button-link" href={`${endpoint}${query}`} download data-testid="download-csv">
      {label}
    </a>
  );
}
