// A hundred different views of the time series, as many readers following different
// links would ask for them: each side alone or all, each year alone or all, by month or week.
const SIDES = ["", "regime", "is", "rebels", "kurdish", "civilians"];
const YEARS = ["", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"];
const BINS = ["month", "week"];

export function timeseriesFilterMix(count = 100): string[] {
  const paths: string[] = [];
  for (const bin of BINS)
    for (const side of SIDES)
      for (const year of YEARS) {
        const q = new URLSearchParams({ bin });
        if (side) q.set("side", side);
        if (year) (q.set("from", `${year}-01-01`), q.set("to", `${year}-12-31`));
        paths.push(`/api/timeseries?${q}`);
      }
  return paths.slice(0, count);
}
