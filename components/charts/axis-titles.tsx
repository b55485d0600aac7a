// Axis titles drawn inside a chart's SVG (so a saved chart keeps them): the y title
// reads across the top left, above the plot, where a long title fits; the x title
// sits under the tick labels.
import { Label } from "recharts";
import type { AxisTitles } from "@/lib/charts/axis-titles";

type Box = { x?: number; y?: number; width?: number; height?: number };

/** Room for the tick labels and the x title under them. */
export const X_AXIS_HEIGHT = 46;
/** Room for the y title above the plot. */
export const TOP_MARGIN = 30;

const textProps = { fontSize: 12, fill: "#3d4650", className: "axis-title" };

export function xAxisTitle(titles: AxisTitles) {
  return (
    <Label
      content={({ viewBox }) => {
        const box = (viewBox ?? {}) as Box;
        return (
          <text x={(box.x ?? 0) + (box.width ?? 0) / 2} y={(box.y ?? 0) + (box.height ?? X_AXIS_HEIGHT) - 4} textAnchor="middle" data-axis="x" {...textProps}>
            {titles.x}
          </text>
        );
      }}
    />
  );
}

export function yAxisTitle(titles: AxisTitles) {
  return (
    <Label
      content={({ viewBox }) => {
        const box = (viewBox ?? {}) as Box;
        return (
          <text x={box.x ?? 0} y={(box.y ?? TOP_MARGIN) - 14} textAnchor="start" data-axis="y" {...textProps}>
            {titles.y}
          </text>
        );
      }}
    />
  );
}
