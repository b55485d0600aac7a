import { readdirSync } from "node:fs";
import { expect, test } from "./fixtures";

const MIGRATIONS = readdirSync("prisma/migrations", { withFileTypes: true }).filter((e) => e.isDirectory()).length;

// The app was started as a user starts it (npm start) on an empty database:
// its first run imported the five seed reports with their claims.

test.describe("the report list", () => {
  test("shows the five seed reports with outlet, date and claim count", async ({ page }) => {
    await page.goto("/reports");
    await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
    const rows = page.locator("tbody tr");
    // Other browser tests may have added reports of their own; the seeds are all there.
    for (const outlet of ["Syrian Observatory for Human Rights", "ARA News", "Rudaw"]) await expect(rows.filter({ hasText: outlet }).first()).toBeVisible();
    expect(await rows.filter({ hasText: /2015/ }).count()).toBe(5);
    const sohr = rows.filter({ hasText: "IS storm the city of al- Hasakah" });
    await expect(sohr).toContainText("Syrian Observatory for Human Rights");
    await expect(sohr).toContainText("25 Jun 2015");
    const claimCount = Number(await sohr.locator("td").last().innerText());
    expect(claimCount).toBeGreaterThanOrEqual(5);
  });

  test("opens a report with its text and its claims highlighted", async ({ page }) => {
    await page.goto("/reports");
    await page.getByRole("link", { name: /IS storm the city of al- Hasakah/ }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("IS storm the city of al- Hasakah");
    const text = page.getByTestId("report-text");
    await expect(text).toContainText("Violent clashes are erupting between the regime forces");
    await expect(text.locator("mark").filter({ hasText: "at least 30 members of the regime forces" })).toBeVisible();
    const claims = page.getByTestId("claim");
    await expect(claims.filter({ hasText: "≥30" }).filter({ hasText: "Regime" }).first()).toBeVisible();
    await page.getByRole("link", { name: "← All reports" }).click();
    await expect(page).toHaveURL(/\/reports$/);
  });
});

test.describe("pages that do not exist", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("an unknown report answers 404 with the site's page", async ({ page }) => {
    const response = await page.goto("/reports/999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("a report id that is not a number answers 404", async ({ page }) => {
    const response = await page.goto("/reports/abc");
    expect(response?.status()).toBe(404);
  });
});

test.describe("GET /api/health", () => {
  test("answers 200 with the database state", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ db: "ok", migrations: MIGRATIONS });
  });
});
