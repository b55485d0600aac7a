// The path to data for a newcomer: a first start with no shared corpus lands on a page
// that says what the product does and how to get data in; the login page says how
// accounts are made.
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { freePort, startApp, stopApp } from "./start-app";

test.describe("npm start with no ../shared beside the checkout", () => {
  test.setTimeout(240_000);
  let parent: string;

  test.beforeAll(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), "cc-empty-start-"));
    await chmod(parent, 0o755); // the embedded server runs as `postgres` under root
    await mkdir(path.join(parent, "shared"));
  });
  test.afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  test("logs where it looked for seeds, and the overview explains the three ways to get data in", async ({ page }, testInfo) => {
    const port = await freePort();
    const shared = path.join(parent, "shared");
    const app = await test.step("first start, embedded PostgreSQL", () => startApp(path.join(parent, "data"), port, { SHARED_DIR: shared }));
    try {
      expect(app.output()).toContain(`no seed reports were found in ${path.join(shared, "corpus", "seeds")}`);
      expect(app.output()).not.toContain("First run: imported");

      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(`http://localhost:${port}/`);
      const empty = page.getByTestId("empty-database");
      await expect(empty.getByRole("heading", { name: "The database is empty: three ways to add data" })).toBeVisible();
      await expect(empty).toContainText("npm run ingest -- FOLDER");
      await expect(empty).toContainText("npm run user:create -- --email you@example.org --role editor");
      await expect(empty).toContainText("npm run import:dataset -- FILE");
      await expect(empty.getByRole("link", { name: "Ingest" }).first()).toHaveAttribute("href", "/ingest");
      await expect(page.getByText("No claims match these filters")).toHaveCount(0);
      await page.screenshot({ path: testInfo.outputPath("empty-database.png"), fullPage: true });

      // A filter in the link changes nothing: there are no claims at all.
      await page.goto(`http://localhost:${port}/?side=regime`);
      await expect(page.getByTestId("empty-database")).toBeVisible();

      // The other views say the database is empty, and point to the overview.
      for (const view of ["/claims", "/compare", "/uncertainty"]) {
        await page.goto(`http://localhost:${port}${view}`);
        await expect(page.getByTestId("no-claims-yet")).toContainText("There are no claims yet: the database is empty.");
      }
    } finally {
      await page.context().close(); // as a reader closing the tab, before Ctrl-C
      await test.step("SIGTERM", async () => expect(await stopApp(app)).toBe(0));
    }
  });
});

test.describe("the login page", () => {
  test("says how accounts are made", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto("/login");
    const help = page.getByRole("region", { name: "No account yet?" });
    await expect(help).toContainText("npm run user:create -- --email you@example.org --role editor");
    await expect(help).toContainText("POST /api/users");
    await expect(help).toContainText("ADMIN_EMAIL");
    await expect(help).toContainText("ADMIN_PASSWORD");
    await page.screenshot({ path: testInfo.outputPath("login.png") });
  });
});
