"use client";
// Everything a chart needs to be published: under it, its filters in words and its
// source line; then Download PNG and SVG (made in the browser from the drawn chart,
// components/charts/chart-export.ts), a link to this view, the embed code and the
// citation. The texts come from lib/citation, the same as in embeds and CSV companions.
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import type { ChartPublicationText } from "@/lib/citation/chart-publication";
import { sourceLine } from "@/lib/citation/sources";
import type { LegendEntry } from "./chart-export";
import { useChartDownload } from "./use-chart-download";

/** What lib/citation writes for a chart, and the legend the downloaded file draws (Recharts draws its own in HTML). */
export type ChartPublication = ChartPublicationText & { legend: LegendEntry[] };

type Props = ChartPublication & { children: ReactNode; embedded?: boolean };

export function embedCode(embedUrl: string, title: string): string {
  const escaped = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${embedUrl.replace(/&/g, "&amp;").replace(/"/g, "%22")}" title="${escaped}" width="900" height="560" style="border:0" loading="lazy"></iframe>`;
}

export function ChartFrame({ id, title, filtersText, sources, citeText, pageUrl, embedUrl, fileBase, legend, children, embedded = false }: Props) {
  const { container: figure, download, error } = useChartDownload<HTMLElement>({ title, filtersText, sources, pageUrl, fileBase, legend });

  return (
    <figure className="chart-figure" ref={figure} id={id} data-testid={`figure-${id}`}>
      {children}
      <figcaption className="chart-caption">
        <p className="muted small" data-testid="filters-in-words">{filtersText}</p>
        <p className="muted small" data-testid="source-line">{sourceLine(sources)}</p>
        {embedded && (
          <p className="small">
            <a href={pageUrl} target="_blank" rel="noopener">Open this view on the site</a>
          </p>
        )}
      </figcaption>
      {!embedded && (
        <div className="chart-tools" role="group" aria-label={`Publish: ${title}`}>
          <button type="button" className="button-link" onClick={() => download("png")}>Download PNG</button>
          <button type="button" className="button-link" onClick={() => download("svg")}>Download SVG</button>
          <a href={`${pageUrl}#${id}`} data-testid="view-link">Link to this view</a>
          <CopyButton text={`${pageUrl}#${id}`} label="Copy link" />
          <details className="chart-tool">
            <summary>Embed</summary>
            <p className="small">Paste this into a web page to show the chart with its title, filters and source (no navigation):</p>
            <pre className="code" data-testid="embed-code">{embedCode(embedUrl, title)}</pre>
            <CopyButton text={embedCode(embedUrl, title)} label="Copy embed code" />
          </details>
          <details className="chart-tool">
            <summary>Cite this view</summary>
            <p className="cite" data-testid="cite-text">{citeText}</p>
            <CopyButton text={citeText} label="Copy citation" />
          </details>
          {error && <p className="error small" role="alert">{error}</p>}
        </div>
      )}
    </figure>
  );
}
