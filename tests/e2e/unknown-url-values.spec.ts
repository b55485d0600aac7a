// A link with a value no filter knows still opens, and the page says which value it
// ignored (as the API's 400 names the parameter), instead of showing "no claims".
import { expect, test } from "./fixtures";

// The seed reports were imported with their claims by the app's first start.

test.describe("unknown values in a page's URL", () => {
  test("the overview names an unknown side, ignores it, and links to the view without it", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    const response = await page.goto("/?side=martians");
    expect(response?.status()).toBe(200); // well formed, only unknown: not an error of the link's form
    const notice = page.getByTestId("ignored-values");
    await expect(notice).toContainText("Unknown side “martians” was ignored (known: regime, is,");
    await expect(page.getByText("No claims match these filters")).toHaveCount(0);
    await expect(page.getByTestId("side-total").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("unknown-side.png") });

    await notice.getByRole("link", { name: "Open the link without it" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("ignored-values")).toHaveCount(0);
  });

  test("the month-and-place comparison names a data set that was never imported", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto("/compare?by=month-place&dataset=NoSuchSet");
    await expect(page.getByTestId("ignored-values")).toContainText("Unknown data set “NoSuchSet” was ignored");
    await page.screenshot({ path: testInfo.outputPath("unknown-dataset.png") });
  });

  test("filters that exclude every claim say so, not that the database is empty", async ({ page }) => {
    await page.goto("/?from=1990-01-01&to=1990-12-31");
    await expect(page.getByText("No claims match these filters.")).toBeVisible();
    await expect(page.getByTestId("empty-database")).toHaveCount(0);
    await expect(page.getByTestId("ignored-values")).toHaveCount(0);
  });
});

test.describe("malformed values in a page's URL", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] }); // Chromium logs the 400 document itself

  test("malformed values are named with the rule they break, on the claims page too", async ({ page }) => {
    const response = await page.goto("/claims?outcome=dead&from=2015-02-30&side=regime");
    expect(response?.status()).toBe(400); // as the API answers the same values
    const notice = page.getByTestId("ignored-values");
    await expect(notice).toContainText("Unknown outcome “dead” was ignored (known: killed, wounded, captured).");
    await expect(notice).toContainText("Start date (from) “2015-02-30” was ignored: it is not a real date");
    await expect(notice).not.toContainText("regime");
  });

  test("a date before 1900 or a NUL in a page's URL answers 400 with the page naming the value", async ({ page }) => {
    for (const url of ["/?from=0000-01-01", "/claims?outlet=%00", "/compare?to=9999-99-99", "/uncertainty?from=2015-13-01", "/claims?page=0x10"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(400);
      await expect(page.getByTestId("ignored-values"), url).toBeVisible();
    }
  });
});
