// npm run import:dataset on a file of the wrong kind: one sentence a person can act on, exit 1.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";

const run = promisify(execFile);
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe("npm run import:dataset -- README.md", () => {
  it("says in one sentence that the file is not a CSV of a known layout, with no parser jargon, and exits 1", async () => {
    const failure = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import-dataset.ts", "README.md"], {
      env: { ...process.env, DATABASE_URL: db.url },
    }).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure, "the command failed").not.toBeNull();
    expect(failure!.code).toBe(1);
    expect(failure!.stderr.trim()).toMatch(/^README\.md: The file is not a CSV of a known layout \(UCDP GED or ACLED export\): a quote is out of place at line \d+\.$/);
    expect(failure!.stderr).not.toMatch(/Invalid Opening Quote|field 1/);
    expect(await db.prisma.datasetImport.count()).toBe(0);
  });
});
