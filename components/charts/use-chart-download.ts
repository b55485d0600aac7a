"use client";
// Download PNG / SVG of the chart inside a container: the file is made when asked,
// with the access date of that day (components/charts/chart-export.ts).
import { useRef, useState } from "react";
import { chartFooterLines } from "@/lib/citation/cite-view";
import type { ViewSources } from "@/lib/citation/sources";
import { buildChartSvg, saveFile, svgToPng, type LegendEntry } from "./chart-export";

export type ChartFileMeta = { title: string; filtersText: string; sources: ViewSources; pageUrl: string; fileBase: string; legend: LegendEntry[] };

export function useChartDownload<E extends HTMLElement>(meta: ChartFileMeta) {
  const container = useRef<E>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: "png" | "svg") => {
    setError(null);
    try {
      if (!container.current) return;
      const footerLines = chartFooterLines({ url: meta.pageUrl, accessed: new Date(), sources: meta.sources });
      const chart = buildChartSvg(container.current, { title: meta.title, filtersText: meta.filtersText, legend: meta.legend, footerLines });
      const blob = format === "svg" ? new Blob([chart.svg], { type: "image/svg+xml;charset=utf-8" }) : await svgToPng(chart);
      saveFile(blob, `${meta.fileBase}.${format}`);
    } catch (err) {
      setError(`The ${format.toUpperCase()} could not be made: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return { container, download, error };
}
