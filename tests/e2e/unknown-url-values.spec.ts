// A link with a value no filter knows still opens, and the page says which value it
// ignored (as the API's 400 names the parameter), instead of showing "no claims".
import { expect, test } from "./fixtures";

// The seed reports were imported with their claims by the app's first start.

test.describe("unknown values in a page's URL", () => {
  test("the overview names an unknown side, ignores it, and links to the view without it", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto("/?side=martians");
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

  test("malformed values are named with the rule they break, on the claims page too", async ({ page }) => {
    await page.goto("/claims?outcome=dead&from=2015-02-30&side=regime");
    const notice = page.getByTestId("ignored-values");
    await expect(notice).toContainText("Unknown outcome “dead” was ignored (known: killed, wounded, captured).");
    await expect(notice).toContainText("Start date (from) “2015-02-30” was ignored: it is not a real date");
    await expect(notice).not.toContainText("regime");
  });

  test("filters that exclude every claim say so, not that the database is empty", async ({ page }) => {
    await page.goto("/?from=1990-01-01&to=1990-12-31");
    await expect(page.getByText("No claims match these filters.")).toBeVisible();
    await expect(page.getByTestId("empty-database")).toHaveCount(0);
    await expect(page.getByTestId("ignored-values")).toHaveCount(0);
  });
});
