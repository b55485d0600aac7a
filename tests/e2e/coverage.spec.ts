import { expect, test } from "./fixtures";

// The seed reports (Nov and Dec 2014, June and July 2015) were imported by the app's first start.

test.describe("coverage: how many reports, beside the deaths claimed", () => {
  test("is in the navigation and shows each month's reports per outlet, telling no news from no deaths", async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto("/claims?side=regime");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coverage" }).click();
    // The navigation keeps the filters.
    await expect(page).toHaveURL(/\/coverage\?side=regime$/);
    await page.goto("/coverage");
    await expect(page.getByRole("heading", { name: "Coverage", level: 1 })).toBeVisible();
    const api = await (await request.get("/api/coverage")).json();
    const grid = page.getByRole("table", { name: "Reports per month and outlet" });
    const rows = grid.locator("tbody tr");
    await expect(rows).toHaveCount(api.months.length);
    expect(api.months[0].month).toBe("2014-11");
    expect(api.months.at(-1).month).toBe("2015-07");
    // Each month's count is the API's, and the outlets' cells add up to it.
    for (const m of api.months) {
      const row = grid.locator(`tr[data-month="${m.month}"]`);
      await expect(row.getByTestId("month-reports")).toHaveText(String(m.reports));
    }
    const june = grid.locator('tr[data-month="2015-06"]');
    await expect(june.getByTestId("month-reports")).toHaveText("2");
    await expect(june.locator("td[title^='ARA News, 2015-06']")).toHaveText("1");
    await expect(june.locator("td[title^='Syrian Observatory for Human Rights, 2015-06']")).toHaveText("1");
    // March 2015: nothing published, nothing claimed. May 2015: nothing published then, but June's reports claim deaths in it.
    await expect(grid.locator('tr[data-month="2015-03"]')).toContainText("no reports");
    await expect(grid.locator('tr[data-month="2015-05"]')).toContainText("claimed in later reports");
    await page.screenshot({ path: testInfo.outputPath("coverage-1400x1000.png"), fullPage: true });

    const places = page.getByRole("table", { name: "Reports per place" });
    const hasakah = api.places.find((p: { place: string }) => p.place === "al-Hasakah");
    await expect(places.locator('tr[data-place="al-Hasakah"]').getByTestId("place-reports")).toHaveText(String(hasakah.reports));
  });

  test("follows the filter bar: an outlet picked narrows the counts, and the URL keeps it", async ({ page }) => {
    await page.goto("/coverage");
    await page.locator("[data-filter=outlet] summary").click();
    await page.getByRole("group", { name: "Outlets" }).getByLabel(/ARA News/).click();
    await expect(page).toHaveURL(/outlet=ARA\+News/);
    const grid = page.getByRole("table", { name: "Reports per month and outlet" });
    await expect(grid.locator("thead th.outlet-head")).toHaveCount(1);
    await expect(grid.locator('tr[data-month="2015-06"]').getByTestId("month-reports")).toHaveText("1");
    await page.reload();
    await expect(grid.locator('tr[data-month="2015-03"]')).toContainText("no reports");
    const csv = page.getByTestId("download-csv").first();
    await expect(csv).toHaveAttribute("href", "/api/coverage.csv?outlet=ARA+News");
  });
});
