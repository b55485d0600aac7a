// A first start with no shared corpus: the database stays empty, the start log says
// where it looked for seeds, and the overview knows the database (not a filter) is empty.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ReactElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import OverviewPage from "@/app/page";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { EmptyDatabase } from "@/components/start/empty-database";
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
  it("has no claims, so the overview shows the getting-started page, whatever the filters", async () => {
    expect(await hasAnyClaims()).toBe(false);
    for (const searchParams of [{}, { side: "regime", from: "2015-01-01" }] as Record<string, string>[]) {
      const page = await overview(searchParams);
      expect(page.type).toBe(EmptyDatabase);
    }
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
    const page = await overview({ from: "1990-01-01", to: "1990-12-31" });
    expect(page.type).not.toBe(EmptyDatabase);
    expect(JSON.stringify(page.props)).toContain("No claims match these filters.");
  });

  it("the overview hands the unknown side and data set it ignored to its notice", async () => {
    const page = await overview({ side: ["martians", "regime"], dataset: "NoSuchSet", outcome: "dead" });
    const notice = findElement(page, IgnoredValuesNotice);
    expect(notice?.props.ignored).toEqual([
      { key: "outcome", value: "dead", known: ["killed", "wounded", "captured"] },
      { key: "side", value: "martians", known: expect.arrayContaining(["regime", "is", "kurdish"]) },
      { key: "dataset", value: "NoSuchSet", known: [] },
    ]);
    expect(notice?.props.cleanHref).toBe("/?side=regime");
  });
});

async function overview(searchParams: Record<string, string | string[]>): Promise<ReactElement<Record<string, unknown>>> {
  return (await OverviewPage({ searchParams: Promise.resolve(searchParams) } as never)) as ReactElement<Record<string, unknown>>;
}

/** The first element of this component type in a rendered tree (server components return plain elements). */
function findElement<P>(node: unknown, type: (props: P) => unknown): ReactElement<P> | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child, type);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== "object" || !("props" in node)) return null;
  const element = node as ReactElement<{ children?: unknown }>;
  if (element.type === type) return element as unknown as ReactElement<P>;
  return findElement(element.props.children, type);
}
