// A first start with no shared corpus: the database stays empty, the start log says
// where it looked for seeds, and the overview knows the database (not a filter) is empty.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFirstRunImport, importSeedsOnFirstRun } from "@/lib/ingest/import-seeds-on-first-run";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { SEEDS_DIR } from "../fixtures/shared-corpus";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe("an empty database", () => {
  it("has no claims, so the overview shows the getting-started page", async () => {
    expect(await hasAnyClaims()).toBe(false);
  });

  it("the first start finds no seeds in an empty shared folder and logs the absolute path it looked in", async () => {
    const shared = await mkdtemp(path.join(os.tmpdir(), "cc-no-shared-"));
    const result = await importSeedsOnFirstRun(db.prisma, path.relative(process.cwd(), shared));
    expect(result).toEqual({ kind: "no-seeds", seedsDir: path.join(shared, "corpus", "seeds") });
    const line = describeFirstRunImport(result!);
    expect(line).toContain(`no seed reports were found in ${path.join(shared, "corpus", "seeds")}`);
    for (const command of ["npm run ingest -- FOLDER", "npm run import:dataset -- FILE", "npm run user:create"]) expect(line).toContain(command);
    expect(await db.prisma.report.count()).toBe(0);
  });

  it("has claims once a report is stored, so filters that exclude everything say so instead", async () => {
    await ingestReportFiles(db.prisma, [path.join(SEEDS_DIR, "01_sohr-is-storm-hasakah.txt")]);
    expect(await hasAnyClaims()).toBe(true);
  });
});
