// Figure 5b: reports per second through POST /api/reports on the production server, as
// signed-in editors send them: `concurrency` clients, each posting the next unique corpus
// report as soon as its previous one was answered (201). The server extracts each on its
// worker pool and writes the reports that arrive together in one transaction
// (lib/mutations/report-write-queue). A bench editor account is created in the bench
// database for it.
import { getPrisma } from "@/lib/db/client";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { WARM_COPIES, WARM_STORED, benchCopy, corpusReports } from "./measure-ingest";
import { summarize, type LatencySummary } from "./percentiles";
import type { ParsedReport } from "@/lib/reports/parse-report-file";

export type ApiIngestFigure = {
  reports: number;
  claims: number;
  seconds: number;
  reportsPerSecond: number;
  concurrency: number;
  /** Reports per request: 1 for POST /api/reports, more for POST /api/reports/bulk. */
  perRequest?: number;
  /** Per request. */
  latency: LatencySummary;
};

const EDITOR = { email: "bench-editor@example.org", password: "bench editor password 15" };

async function signIn(baseUrl: string): Promise<string> {
  await createOrUpdateUser(getPrisma(), EDITOR.email, EDITOR.password, "editor");
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json", origin: baseUrl }, body: JSON.stringify(EDITOR) });
  if (res.status !== 200) throw new Error(`POST /api/auth/login answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("POST /api/auth/login set no session cookie");
  return cookie;
}

/** A run's copies of the corpus reports, as POST /api/reports and its bulk form take them. */
function reportBodies(sources: ParsedReport[], run: number, label: string) {
  return (i: number) => {
    const source = sources[i % sources.length];
    const copy = benchCopy(source, i, run, label);
    return { title: source.title, outlet: source.outlet, url: /^https?:\/\//.test(source.url ?? "") ? source.url! : "", published: copy.published ?? "", text: copy.text };
  };
}

async function postJson(baseUrl: string, path: string, cookie: string, body: unknown, expected: number): Promise<{ ms: number; answer: Record<string, unknown> }> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", origin: baseUrl, cookie }, body: JSON.stringify(body) });
  const answer = (await res.json()) as Record<string, unknown>;
  if (res.status !== expected) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  return { ms: performance.now() - started, answer };
}

export async function measureApiIngest(baseUrl: string, sharedDir: string, count: number, concurrency: number): Promise<ApiIngestFigure> {
  const sources = await corpusReports(sharedDir);
  const cookie = await signIn(baseUrl);
  const body = reportBodies(sources, Date.now(), "-api");
  const post = async (i: number, path = "/api/reports") => {
    const { ms, answer } = await postJson(baseUrl, path, cookie, body(i), path === "/api/reports" ? 201 : 200);
    return { ms, claims: Number(answer.claimCount ?? 0) };
  };
  // Untimed, as in a server that has been up a while: its extraction workers start and
  // extract WARM_COPIES copies (previews, which store nothing; see measure-ingest), then
  // WARM_STORED writes warm the storing path.
  const inTurns = async (n: number, first: number, path?: string) => {
    for (let i = 0; i < n; i += concurrency) await Promise.all(Array.from({ length: Math.min(concurrency, n - i) }, (_, k) => post(first + i + k, path)));
  };
  await inTurns(WARM_COPIES, count, "/api/reports/preview");
  await inTurns(WARM_STORED, count);
  return timedClients(count, 1, concurrency, (first) => post(first));
}

/** `count` reports sent by `concurrency` clients, `perRequest` a request, each client sending its next request when its last is answered. */
async function timedClients(count: number, perRequest: number, concurrency: number, post: (first: number, n: number) => Promise<{ ms: number; claims: number }>): Promise<ApiIngestFigure> {
  const samples: number[] = [];
  let claims = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const first = next;
        const n = Math.min(perRequest, count - first);
        next += n;
        const done = await post(first, n);
        samples.push(done.ms);
        claims += done.claims;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { reports: count, claims, seconds, reportsPerSecond: count / seconds, concurrency, perRequest, latency: summarize(samples) };
}

/**
 * Figure 5c: the same through POST /api/reports/bulk, as a feed or a scraper sends them:
 * `concurrency` clients, each posting the next `perRequest` unique copies as soon as its
 * previous request was answered, every report of each answer checked as created.
 * One untimed request first, so the server's extraction workers are up.
 */
export async function measureApiBulkIngest(baseUrl: string, sharedDir: string, count: number, perRequest: number, concurrency: number): Promise<ApiIngestFigure> {
  const sources = await corpusReports(sharedDir);
  const cookie = await signIn(baseUrl);
  const body = reportBodies(sources, Date.now(), "-bulk");
  const post = async (first: number, n: number) => {
    const { ms, answer } = await postJson(baseUrl, "/api/reports/bulk", cookie, { reports: Array.from({ length: n }, (_, k) => body(first + k)) }, 200);
    const reports = answer.reports as { status: string; claimCount?: number }[];
    const refused = reports.filter((r) => r.status !== "created");
    if (refused.length > 0) throw new Error(`POST /api/reports/bulk did not create ${refused.length} of ${n} reports: ${JSON.stringify(refused[0])}`);
    return { ms, claims: reports.reduce((sum, r) => sum + (r.claimCount ?? 0), 0) };
  };
  await post(count, perRequest);
  return timedClients(count, perRequest, concurrency, post);
}
