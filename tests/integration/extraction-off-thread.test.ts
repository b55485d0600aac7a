// A report is read on a worker thread with a time budget: a 2 MB one-paragraph text
// neither holds up /api/health while it is read nor runs past its budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as health } from "@/app/api/health/route";
import { POST as previewReport } from "@/app/api/reports/preview/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { ExtractionTimeout, extractInPool } from "@/lib/extraction-pool";
import { ApiError } from "@/lib/http/api-error";
import { prepareReportInput } from "@/lib/ingest/prepare-report-input";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { call, cookieFrom } from "../fixtures/http";

const SENTENCE = "At least 5 regime soldiers were killed in Hasakah on Thursday, SOHR said. ";
const LONG = SENTENCE.repeat(Math.floor((2 * 1024 * 1024 - 1024) / SENTENCE.length)); // just under the 2 MB limit, no line break
const meta = { outlet: "SOHR", published: "2016-05-13", publishedPrecision: "day" as const };

let db: TestDatabase;
let editor: string;
beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor");
  const res = await login(new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "editor@example.org", password: "correct horse battery" }) }), {} as never);
  editor = cookieFrom(res);
});
afterAll(() => db.drop());

describe("extraction on worker threads", () => {
  it("gives the same claims as extraction in the calling thread", async () => {
    const text = "At least 12 YPG fighters were killed on Monday in clashes near Qamishli, SOHR said.";
    const claims = await extractInPool(text, meta);
    expect(claims).toEqual([expect.objectContaining({ side: "kurdish", outcome: "killed", low: 12, claimant: "SOHR" })]);
  });

  it("keeps /api/health answering while a 2 MB one-paragraph report is previewed", async () => {
    let done = false;
    const preview = call(previewReport, { method: "POST", cookie: editor, body: { title: "Long", outlet: "SOHR", published: "2016-05-13", text: LONG } }).finally(() => (done = true));
    const answeredDuring: number[] = [];
    while (!done) {
      const t0 = performance.now();
      const res = await health();
      if (!done) answeredDuring.push(performance.now() - t0);
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
    }
    const res = await preview;
    expect(res.status).toBe(200);
    expect((await res.json()).claims.length).toBe(Math.floor((2 * 1024 * 1024 - 1024) / SENTENCE.length));
    // On the request thread, health could not answer until the extraction was over.
    expect(answeredDuring.length).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it("stops a report past its budget with a 422 that says what to do, and the next report is read as usual", async () => {
    await expect(extractInPool(LONG, meta, { budgetMs: 50 })).rejects.toBeInstanceOf(ExtractionTimeout);
    const refused = await prepareReportInput({ title: "Long", outlet: "SOHR", published: "2016-05-13", text: LONG, format: "text" } as never, { budgetMs: 50 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(422);
    expect((refused as ApiError).message).toMatch(/split it into shorter reports/);
    expect(await extractInPool("Two civilians were killed in Manbij.", meta)).toHaveLength(1);
  }, 60_000);
});
