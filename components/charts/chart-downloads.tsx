"use client";
// Download PNG / SVG for a small chart that repeats down a page (an event's claims
// strip on /uncertainty): the files carry its title, the page's filters in words, a
// legend, the source and the access date; the page's source line and citation sit
// under the list, once.
import type { ReactNode } from "react";
import { useChartDownload, type ChartFileMeta } from "./use-chart-download";

export function ChartDownloads({ children, ...meta }: ChartFileMeta & { children: ReactNode }) {
  const { container, download, error } = useChartDownload<HTMLDivElement>(meta);
  return (
    <div ref={container} className="chart-downloads">
      {children}
      <span className="small muted">
        Download{" "}
        <button type="button" className="link-button" onClick={() => download("png")} aria-label={`Download PNG: ${meta.title}`}>PNG</button>
        {" · "}
        <button type="button" className="link-button" onClick={() => download("svg")} aria-label={`Download SVG: ${meta.title}`}>SVG</button>
      </span>
      {error && <p className="error small" role="alert">{error}</p>}
    </div>
  );
}
