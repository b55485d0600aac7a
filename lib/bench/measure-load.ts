// Figure 6: concurrent load on /api/timeseries with autocannon (run in this
// process, on the same two cores as the server: the figure includes that contention).
import autocannon from "autocannon";

export type LoadFigure = { connections: number; seconds: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; requests: number; errors: number; loadGeneratorCores: number; non2xx: number; status4xx: number; status5xx: number; timeouts: number };

/** paths: each request takes one of them at random (a mix of views); headers: sent with every request; warm: read the url once first (a repeated view, its answer already cached). */
export type LoadOptions = { paths?: readonly string[]; headers?: Record<string, string>; warm?: boolean };

export async function measureLoad(url: string, connections: number, seconds: number, options: LoadOptions = {}): Promise<LoadFigure> {
  const { paths, headers, warm } = options;
  if (warm) await (await fetch(url)).arrayBuffer();
  const requests = paths?.length ? [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[Math.floor(Math.random() * paths.length)] }) }] : undefined;
  const cpu = process.cpuUsage();
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10, headers, requests });
  return {
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon's own CPU (this process), in cores: it shares the machine with the server it loads.
    loadGeneratorCores: (() => {
      const used = process.cpuUsage(cpu);
      return (used.user + used.system) / 1e6 / seconds;
    })(),
    // autocannon counts timeouts within errors already.
    // A 304 (a revalidation answered from the ETag) is a success, not an error.
    errors: result.errors + result.non2xx - (result.statusCodeStats?.["304"]?.count ?? 0),
    non2xx: result.non2xx,
    status4xx: result["4xx"],
    status5xx: result["5xx"],
    timeouts: result.timeouts,
  };
}
