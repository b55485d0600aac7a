// npm run ingest, and the first-run import of npm start, on a real database with the real seed reports.
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSeedsOnFirstRun } from "@/lib/ingest/import-seeds-on-first-run";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { SEEDS_DIR, SHARED_DIR } from "../fixtures/shared-corpus";

const run = promisify(execFile);
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe("ingesting the seed reports", () => {
  it("stores the five reports with their claims, each claim's quote at its offsets", async () => {
    const summary = await ingestReportFiles(db.prisma, [SEEDS_DIR]);
    expect(summary.failed).toEqual([]);
    expect(summary.created).toHaveLength(5);
    expect(await db.prisma.report.count()).toBe(5);
    const claims = await db.prisma.claim.findMany({ include: { report: true, side: true } });
    expect(claims.length).toBeGreaterThanOrEqual(13);
    for (const c of claims) expect(c.report.text.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
  });

  it("finds the required claims of the seed gold with the right side and count", async () => {
    const sohr = await db.prisma.report.findFirstOrThrow({ where: { title: { startsWith: "IS storm the city" } }, include: { claims: { include: { side: true } } } });
    const found = sohr.claims.map((c) => `${c.side.key}:${c.outcome}:${c.low}-${c.high ?? "open"}:${c.scope}`);
    expect(found).toEqual(expect.arrayContaining(["regime:killed:30-open:incident", "is:killed:20-20:incident", "regime:killed:71-open:cumulative", "is:killed:48-48:cumulative", "civilians:killed:3-3:incident"]));
  });

  it("groups dated claims into events and leaves undated ones out", async () => {
    const dated = await db.prisma.claim.count({ where: { periodStart: { not: null } } });
    const inEvents = await db.prisma.claim.count({ where: { eventId: { not: null } } });
    expect(inEvents).toBe(dated);
    expect(await db.prisma.event.count()).toBeGreaterThan(0);
  });

  it("stores nothing new the second time", async () => {
    const before = await db.prisma.claim.count();
    const summary = await ingestReportFiles(db.prisma, [SEEDS_DIR]);
    expect(summary.created).toEqual([]);
    expect(summary.duplicates).toHaveLength(5);
    expect(await db.prisma.report.count()).toBe(5);
    expect(await db.prisma.claim.count()).toBe(before);
  });

  it("the first-run import does nothing on a database that has reports", async () => {
    expect(await importSeedsOnFirstRun(db.prisma, SHARED_DIR)).toBeNull();
    expect(await importSeedsOnFirstRun(db.prisma, "/no/such/shared")).toBeNull();
  });
});

describe("bad report files", () => {
  it("are each named with a reason and skipped, and nothing of them is stored", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "cc-bad-reports-"));
    await writeFile(path.join(dir, "empty.txt"), "");
    await writeFile(path.join(dir, "binary.txt"), Buffer.from([0x74, 0x69, 0x00, 0x01, 0x02]));
    await writeFile(path.join(dir, "latin1.txt"), Buffer.from("title: x\noutlet: y\nurl: unknown\npublished: 2015-06-25\n\nCaf\xe9 attack killed 3", "latin1"));
    await writeFile(path.join(dir, "bad-date.txt"), "title: x\noutlet: y\nurl: unknown\npublished: 2015-02-30\n\nTen soldiers were killed.");
    await writeFile(path.join(dir, "huge.txt"), `title: x\noutlet: y\nurl: unknown\npublished: 2015-06-25\n\n${"a".repeat(2 * 1024 * 1024 + 10)}`);
    const before = await db.prisma.report.count();
    const summary = await ingestReportFiles(db.prisma, [dir, path.join(dir, "missing.txt")]);
    expect(summary.created).toEqual([]);
    const reasons = Object.fromEntries(summary.failed.map((f) => [path.basename(f.file), f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(["bad-date.txt", "binary.txt", "empty.txt", "huge.txt", "latin1.txt", "missing.txt"]);
    expect(reasons["huge.txt"]).toMatch(/2 MB/);
    expect(reasons["missing.txt"]).toBe("no such file or folder");
    for (const reason of Object.values(reasons)) expect(reason.length).toBeGreaterThan(5);
    expect(await db.prisma.report.count()).toBe(before);
  });

  it("a plain text file is ingested with the metadata given on the command line", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "cc-plain-"));
    const file = path.join(dir, "note.txt");
    await writeFile(file, "Clashes in Qamishli\n\nAt least 12 YPG fighters were killed on Monday in clashes near Qamishli.");
    const summary = await ingestReportFiles(db.prisma, [file], { overrides: { outlet: "Field notes", published: "2016-03-02" } });
    expect(summary.failed).toEqual([]);
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: summary.created[0].reportId }, include: { outlet: true, claims: { include: { side: true } } } });
    expect(report.outlet.name).toBe("Field notes");
    expect(report.claims.map((c) => [c.side.key, c.low, c.high, c.periodStart?.toISOString().slice(0, 10)])).toEqual([["kurdish", 12, null, "2016-02-29"]]);
  });
});

describe("npm run --silent extract -- --json", () => {
  it("prints one JSON object in the documented shape", async () => {
    const file = path.join(SEEDS_DIR, "01_sohr-is-storm-hasakah.txt");
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/extract.ts", "--json", file]);
    const out = JSON.parse(stdout);
    expect(out.reports).toHaveLength(1);
    expect(out.reports[0].file).toBe(file);
    const claim = out.reports[0].claims.find((c: { numberText: string }) => c.numberText === "at least 30");
    expect(Object.keys(claim)).toEqual(["quote", "numberText", "side", "outcome", "low", "high", "point", "qualifier", "claimant", "location", "periodStart", "periodEnd", "scope", "spanStart", "spanEnd", "claimantCanonical", "placeCanonical", "confidence", "confidenceReason"]);
    expect(claim).toMatchObject({ side: "regime", outcome: "killed", low: 30, high: null, qualifier: "at_least", claimant: "SOHR", periodStart: "2015-06-25", scope: "incident", claimantCanonical: "SOHR", placeCanonical: "al-Hasakah" });
    expect(claim.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe("npm run ingest -- DIR", () => {
  it("stores the seeds with a summary, and the second run stores nothing new", async () => {
    const fresh = await createTestDatabase();
    try {
      const ingest = () =>
        run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", SEEDS_DIR], { env: { ...process.env, DATABASE_URL: fresh.url } });
      const first = await ingest();
      expect(first.stdout).toMatch(/^Stored 5 new report\(s\) with \d+ claim\(s\); 0 already stored; 0 skipped\.$/m);
      const second = await ingest();
      expect(second.stdout).toMatch(/^Stored 0 new report\(s\) with 0 claim\(s\); 5 already stored; 0 skipped\.$/m);
      expect(second.stdout, "only duplicates is not a failure, and says so").toMatch(/^Nothing new: all 5 files were already stored\.$/m);
    } finally {
      await fresh.drop();
    }
  });

  it("exits 1 when every file was refused, naming each file and saying nothing was stored", async () => {
    const fresh = await createTestDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "cc-refused-"));
    await writeFile(path.join(dir, "empty.txt"), "");
    await writeFile(path.join(dir, "bad-date.txt"), "title: x\noutlet: y\nurl: unknown\npublished: 2015-02-30\n\nTen soldiers were killed.");
    try {
      const failure = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", dir], { env: { ...process.env, DATABASE_URL: fresh.url } }).then(
        () => null,
        (e: { code: number; stdout: string }) => e,
      );
      expect(failure, "the command failed").not.toBeNull();
      expect(failure!.code).toBe(1);
      expect(failure!.stdout).toMatch(/^Stored 0 new report\(s\) with 0 claim\(s\); 0 already stored; 2 skipped\.$/m);
      expect(failure!.stdout).toMatch(/^ {2}skipped .*empty\.txt: .+$/m);
      expect(failure!.stdout).toMatch(/^ {2}skipped .*bad-date\.txt: .+$/m);
      expect(failure!.stdout).toMatch(/^Nothing was stored: every file was refused \(2 files, each named above with the reason\)\.$/m);
      expect(await fresh.prisma.report.count()).toBe(0);
    } finally {
      await fresh.drop();
    }
  });
});

describe("a report whose claims cannot be stored", () => {
  it("is not stored either: report and claims are one transaction", async () => {
    const { createReportWithClaims } = await import("@/lib/mutations/create-report-with-claims");
    const { ensureProfileSides } = await import("@/lib/mutations/ensure-profile-sides");
    const { getProfile } = await import("@/lib/profiles");
    const { claimSpec } = await import("../fixtures/factories");
    const profile = getProfile();
    const before = await db.prisma.report.count();
    const broken = claimSpec({ side: "regime", low: 10, high: 5, quote: "broken" }); // high below low: the database refuses it
    await expect(
      createReportWithClaims({
        report: { title: "Half", outlet: "Nobody", url: null, published: "2015-06-25", publishedPrecision: "day", text: "A text that must not stay behind.", sourceFile: null },
        claims: [claimSpec({ side: "is", low: 3, quote: "fine" }), broken],
        extractor: { name: "test", version: "0" },
        profile,
        sideIds: await ensureProfileSides(db.prisma, profile),
      }),
    ).rejects.toThrow(/claims_high_check/);
    expect(await db.prisma.report.count()).toBe(before);
    expect(await db.prisma.outlet.count({ where: { name: "Nobody" } })).toBe(0);
  });

  it("fails alone when sent at the same time as good reports, which are stored (one batch, then one by one)", async () => {
    const { createReportWithClaims } = await import("@/lib/mutations/create-report-with-claims");
    const { ensureProfileSides } = await import("@/lib/mutations/ensure-profile-sides");
    const { getProfile } = await import("@/lib/profiles");
    const { claimSpec } = await import("../fixtures/factories");
    const profile = getProfile();
    const sideIds = await ensureProfileSides(db.prisma, profile);
    const send = (n: number, claims: ReturnType<typeof claimSpec>[]) =>
      createReportWithClaims({
        report: { title: `Together ${n}`, outlet: "Together", url: null, published: "2015-06-25", publishedPrecision: "day", text: `Sent together, number ${n}.`, sourceFile: null },
        claims,
        extractor: { name: "test", version: "0" },
        profile,
        sideIds,
      });
    const settled = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((n) => send(n, [claimSpec({ side: "is", low: n, high: n === 4 ? 0 : null, quote: `fine ${n}` })])));
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect(String((settled[3] as PromiseRejectedResult).reason)).toMatch(/claims_high_check/);
    const stored = await db.prisma.report.findMany({ where: { outlet: { name: "Together" } }, select: { title: true, claimCount: true }, orderBy: { id: "asc" } });
    expect(stored).toEqual([1, 2, 3, 5, 6].map((n) => ({ title: `Together ${n}`, claimCount: 1 })));
  });
});
