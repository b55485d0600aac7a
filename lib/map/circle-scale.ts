// Proportional circles: a circle's area, not its radius, is proportional to its count,
// on one scale for every layer drawn together (news and data sets stay comparable).
// The smallest counts get a minimum radius so they can be seen and hovered.

export const MAX_RADIUS = 30;
export const MIN_RADIUS = 2;

export type CircleScale = { max: number; radius: (value: number) => number };

export function circleScale(values: readonly number[]): CircleScale {
  const max = Math.max(0, ...values);
  return {
    max,
    radius: (value) => (max <= 0 || value <= 0 ? 0 : Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / max))),
  };
}

/** Round figures for the size legend, largest first: the largest 1-2-5 step at or below the maximum, then about a quarter and a twentieth of it. */
export function legendValues(max: number): number[] {
  if (max < 1) return [];
  const nice = (v: number) => {
    const step = 10 ** Math.floor(Math.log10(v));
    const m = v / step;
    return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * step;
  };
  const top = nice(max);
  return [...new Set([top, nice(top / 4), nice(top / 20)].filter((v) => v >= 1))];
}
