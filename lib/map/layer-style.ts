// How a layer's circles are drawn, the same on the map and in its legend: news circles
// filled, each data set's as rings with a dash pattern of its own (colour stays the side's).

const DASHES = [undefined, "5 3", "1.5 2.5", "8 3 2 3"];

export type LayerStroke = { width: number; dash: string | undefined };

/** `datasetIndex`: the data set's place among the data-set layers shown (ignored for news). */
export function layerStroke(kind: "news" | "dataset", datasetIndex: number): LayerStroke {
  if (kind === "news") return { width: 0.8, dash: undefined };
  return { width: 1.6, dash: DASHES[Math.max(0, datasetIndex) % DASHES.length] };
}
