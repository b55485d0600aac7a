// A chart as a file a researcher can publish: the rendered Recharts SVG, cloned with
// the computed styles it needs inlined (so it looks the same outside the page), inside
// a new SVG that adds the title, the filters in words, the legend (Recharts draws its
// legend in HTML, outside the SVG) and the footer (source, address, access date).
// PNG: that SVG drawn on a canvas at twice its size. No library: the browser's
// XMLSerializer, Image and canvas do all of it (see README, "Download").

/** A series in the legend: a line (dashed for a data set) or, for stacked bars, a block. */
export type LegendEntry = { label: string; colour: string; dashed?: boolean; block?: boolean };
export type ChartFileText = { title: string; filtersText: string; legend: LegendEntry[]; footerLines: string[] };
export type ChartSvg = { svg: string; width: number; height: number };

const SVG_NS = "http://www.w3.org/2000/svg";
// The presentation properties Recharts' classes and the page's CSS set on chart elements.
const STYLE_PROPERTIES = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
  "opacity", "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline", "visibility", "display",
];
const PAD = 16;
const INK = "#1d2329";
const MUTED = "#5b6670";

function inlineComputedStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  target.setAttribute("style", STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";"));
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineComputedStyles(from[i], to[i]);
}

type Font = { size: number; weight: number; family: string };

/** Splits a text into lines no wider than `width`, measured in the font it will be drawn in. */
function wrap(text: string, width: number, font: Font): string[] {
  const context = document.createElement("canvas").getContext("2d");
  const measure = (s: string) => (context ? context.measureText(s).width : s.length * font.size * 0.55);
  if (context) context.font = `${font.weight} ${font.size}px ${font.family}`;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lines of text from `y` down; returns the y below the last line. */
function addLines(parent: Element, lines: string[], y: number, font: Font, fill: string, className: string): number {
  for (const line of lines) {
    y += font.size * 1.3;
    parent.appendChild(element("text", { x: PAD, y, "font-size": font.size, "font-weight": font.weight, "font-family": font.family, fill, class: className }, line));
  }
  return y;
}

/** The legend as swatches and labels, in rows as wide as the chart; returns the y below it. */
function addLegend(parent: Element, legend: LegendEntry[], y: number, width: number, font: Font): number {
  if (legend.length === 0) return y;
  const context = document.createElement("canvas").getContext("2d");
  if (context) context.font = `${font.weight} ${font.size}px ${font.family}`;
  let x = PAD;
  y += 8;
  const rowHeight = font.size * 1.6;
  for (const entry of legend) {
    const labelWidth = context ? context.measureText(entry.label).width : entry.label.length * font.size * 0.55;
    if (x > PAD && x + 26 + labelWidth > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    const mid = y + rowHeight / 2;
    parent.appendChild(
      entry.block
        ? element("rect", { x: x + 2, y: mid - 6, width: 14, height: 12, fill: entry.colour })
        : element("line", { x1: x, x2: x + 18, y1: mid, y2: mid, stroke: entry.colour, "stroke-width": 3, ...(entry.dashed ? { "stroke-dasharray": "6 3" } : {}) }),
    );
    parent.appendChild(element("text", { x: x + 24, y: mid + font.size * 0.35, "font-size": font.size, "font-family": font.family, fill: INK, class: "legend-label" }, entry.label));
    x += 24 + labelWidth + 18;
  }
  return y + rowHeight;
}

/** The chart in `container` (its Recharts SVG, or an SVG of our own marked data-export-chart) with title, filters, legend and footer, as SVG text. */
export function buildChartSvg(container: HTMLElement, text: ChartFileText): ChartSvg {
  const chart = container.querySelector<SVGSVGElement>(".recharts-wrapper > svg, svg[data-export-chart]");
  if (!chart) throw new Error("The chart has not been drawn yet.");
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  // Recharts keeps room at the bottom of its SVG for the HTML legend: the file draws its own legend above, so that room is cut.
  const legendHeight = container.querySelector(".recharts-legend-wrapper")?.getBoundingClientRect().height ?? 0;
  const chartHeight = Math.round(box.height - legendHeight);
  const width = chartWidth + 2 * PAD;
  const family = getComputedStyle(chart).fontFamily || "sans-serif";

  const root = element("svg", { xmlns: SVG_NS, version: "1.1", width });
  root.appendChild(element("rect", { x: 0, y: 0, width: "100%", height: "100%", fill: "#ffffff" }));
  const header = element("g", { class: "chart-header" });
  root.appendChild(header);
  let y = PAD - 4;
  y = addLines(header, wrap(text.title, width - 2 * PAD, { size: 16, weight: 600, family }), y, { size: 16, weight: 600, family }, INK, "chart-title");
  y = addLines(header, wrap(text.filtersText, width - 2 * PAD, { size: 12, weight: 400, family }), y, { size: 12, weight: 400, family }, MUTED, "chart-filters");
  y = addLegend(header, text.legend, y, width, { size: 12, weight: 400, family });

  const copy = chart.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chart, copy);
  copy.querySelectorAll(".recharts-tooltip-cursor, .recharts-active-dot").forEach((n) => n.remove());
  copy.setAttribute("x", String(PAD));
  copy.setAttribute("y", String(Math.round(y + 4)));
  copy.setAttribute("width", String(chartWidth));
  copy.setAttribute("height", String(chartHeight));
  // Cropping the legend's room: the view box is the drawn area. An SVG that scales to its box (a viewBox of its own, no legend) keeps its own.
  if (legendHeight > 0 || !chart.hasAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${chartWidth} ${chartHeight}`);
  root.appendChild(copy);
  y += 4 + chartHeight;

  const footer = element("g", { class: "chart-footer" });
  root.appendChild(footer);
  const small = { size: 11, weight: 400, family };
  for (const line of text.footerLines) y = addLines(footer, wrap(line, width - 2 * PAD, small), y, small, MUTED, "chart-source");
  const height = Math.ceil(y + PAD);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { svg, width, height };
}

/** The SVG drawn at `scale` times its size on a canvas, as a PNG. A data: URL, as the site's CSP allows images from data: only. */
export async function svgToPng({ svg, width, height }: ChartSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw on a canvas.");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made."))), "image/png"));
}

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
