// Each series' low-high band is a floating bar as wide as its bin. Bars that share an
// x axis stand side by side, so each band gets a hidden x axis of its own over the
// same bins: the bands of several series then overlap, each covering the whole bin.
import { XAxis } from "recharts";

export const bandAxisId = (key: string) => `band-${key}`;

export function bandAxes(keys: string[]) {
  return keys.map((key) => <XAxis key={bandAxisId(key)} xAxisId={bandAxisId(key)} dataKey="bin" hide />);
}
