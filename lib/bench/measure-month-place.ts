// Issue 15: the month x place comparison over all years (every month, place and side
// summed, the largest disagreement first), as /compare?by=month-place asks for it,
// each request the first after a write (the data version bumped), so it is computed.
import type pg from "pg";
import { timeRequests, type Loop } from "./http-timing";
import { bumpDataVersion, type PageFigure } from "./measure-views";

export async function measureMonthPlace(baseUrl: string, pool: pg.Pool, loop: Loop): Promise<PageFigure> {
  const path = "/api/comparison?by=month-place";
  return { name: "month x place, all years", path, latency: await timeRequests(`${baseUrl}${path}`, loop, bumpDataVersion(pool)) };
}
