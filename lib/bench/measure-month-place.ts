// Issue 15: the month x place comparison over all years (every month, place and side
// summed, the largest disagreement first), as /compare?by=month-place asks for it.
// Through the API a repeated view is answered from the read cache, so the query
// itself is timed too: the route's own query function, captured once and replayed
// through pg (lib/bench/sql-capture.ts), uncached on every run.
import type pg from "pg";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { getMonthPlaceComparison } from "@/lib/queries/get-month-place-comparison";
import { timeCalls, timeRequests, type Loop } from "./http-timing";
import type { PageFigure } from "./measure-views";
import { captureQueries, replayer } from "./sql-capture";

export async function measureMonthPlace(baseUrl: string, pool: pg.Pool, loop: Loop): Promise<PageFigure[]> {
  const path = "/api/comparison?by=month-place";
  const statements = await captureQueries(() => getMonthPlaceComparison(DEFAULT_FILTERS, "killed", { sort: "ratio", dir: "desc", page: 1, pageSize: 50 }));
  return [
    { name: "month x place, all years (API)", path, latency: await timeRequests(`${baseUrl}${path}`, loop) },
    { name: "month x place, all years (its SQL, uncached)", path, latency: await timeCalls(replayer(pool, statements), loop) },
  ];
}
