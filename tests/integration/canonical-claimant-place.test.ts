// A report ingested in the browser comes back through the API under its canonical
// claimant (the profile's claimant registry) and canonical place (the profile's
// places, whatever the spelling), with the extractor's confidence; the review queue
// lists the claims it doubts first, and "reviewed" views hold only what an editor accepted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as listClaims } from "@/app/api/claims/route";
import { POST as createReport } from "@/app/api/reports/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { call, cookieFrom } from "../fixtures/http";

let db: TestDatabase;
let editor: string;

type Row = { id: number; claimant: string; location: string | null; place: string | null; side: string; low: number; confidence: number; confidenceReason: string | null; reviewStatus: string; numberText: string };

const REPORT = {
  title: "Clashes kill 5 in Hassakeh",
  outlet: "Field Notes Weekly",
  published: "2016-03-10",
  text: [
    "Clashes kill 5 in Hassakeh",
    "",
    "The Britain-based monitor said 9 regime soldiers were killed in Hassakeh on Monday.",
  ].join("\n"),
};

async function claims(query: string): Promise<Row[]> {
  const res = await call(listClaims, { path: `/api/claims?${query}` });
  expect(res.status).toBe(200);
  return (await res.json()).rows;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "carol@example.org", "correct horse battery", "editor");
  const res = await login(
    new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "carol@example.org", password: "correct horse battery" }) }),
    {} as never,
  );
  editor = cookieFrom(res);
  expect((await call(createReport, { method: "POST", body: REPORT, cookie: editor })).status).toBe(201);
});
afterAll(() => db.drop());

describe("GET /api/claims after POST /api/reports", () => {
  it("names the monitor by its canonical name and the place by the profile's name, keeping the words as written", async () => {
    const rows = await claims("claimant=SOHR");
    expect(rows).toEqual([expect.objectContaining({ numberText: "9", side: "regime", claimant: "SOHR", place: "al-Hasakah", location: "Hassakeh" })]);
  });

  it("finds the claim through the canonical place filter", async () => {
    expect((await claims("place=al-Hasakah")).map((r) => r.numberText).sort()).toEqual(["5", "9"]);
  });

  it("stores the extractor's confidence, and lists the doubted headline figure first in the review queue", async () => {
    const queue = await claims("review=needs-review&sort=confidence&dir=asc");
    expect(queue.map((r) => r.numberText)).toEqual(["5"]);
    expect(queue[0].confidence).toBeLessThan(0.7);
    expect(queue[0].confidenceReason).toContain("figure in a headline");
    const [sohr] = await claims("claimant=SOHR");
    expect(sohr.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("holds only claims an editor accepted or corrected when restricted to reviewed claims", async () => {
    expect(await claims("review=reviewed")).toEqual([]);
    const [doubted] = await claims("review=needs-review");
    const res = await call(patchClaim, { method: "PATCH", body: { version: 1, reviewStatus: "accepted" }, cookie: editor, params: { id: String(doubted.id) } });
    expect(res.status).toBe(200);
    expect((await claims("review=reviewed")).map((r) => r.id)).toEqual([doubted.id]);
    expect(await claims("review=needs-review")).toEqual([]);
  });

  it("lists, for editors, the claimants the registry does not know first", async () => {
    const { listClaimants } = await import("@/lib/queries/list-claimants");
    expect(await listClaimants()).toEqual([
      { name: "Field Notes Weekly", claims: 1, registered: false, kind: null, side: null },
      { name: "SOHR", claims: 1, registered: true, kind: "monitor", side: null },
    ]);
  });

  it("answers 400 naming the parameter for an unknown review state", async () => {
    const res = await call(listClaims, { path: "/api/claims?review=maybe" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/Parameter `review` is invalid/);
  });
});
