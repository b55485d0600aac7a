// Figure 6: concurrent load on /api/timeseries with autocannon (run in this
// process, on the same two cores as the server: the figure includes that contention).
import autocannon from "autocannon";

export type LoadFigure = { connections: number; seconds: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; errors: number; non2xx: number; status4xx: number; status5xx: number; timeouts: number };

export async function measureLoad(url: string, connections: number, seconds: number): Promise<LoadFigure> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10 });
  return {
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon counts timeouts within errors already.
    errors: result.errors + result.non2xx,
    non2xx: result.non2xx,
    status4xx: result["4xx"],
    status5xx: result["5xx"],
    timeouts: result.timeouts,
  };
}
