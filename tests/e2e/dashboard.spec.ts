import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";

// The seed reports were imported with their claims by the app's first start.

test.describe("the overview", () => {
  test("shows per-side totals and the chart of reported deaths", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Reported casualties" })).toBeVisible();
    await expect(page.getByTestId("side-total").first()).toBeVisible();
    await expect(page.locator("[data-side=regime]")).toContainText("Regime");
    await expect(page.getByTestId("deaths-chart").locator("svg.recharts-surface").first()).toBeVisible();
    await expect(page.getByTestId("convention-note")).toContainText("literal-v1");
  });

  test("filters by side and by outlet through the filter bar, keeps them in the URL and across a reload", async ({ page }) => {
    await page.goto("/");
    const sidesBefore = await page.getByTestId("side-total").count();
    expect(sidesBefore).toBeGreaterThan(1);

    await page.locator("[data-filter=side] summary").click();
    await page.getByRole("group", { name: "Sides" }).getByLabel(/Islamic State/).click();
    await expect(page).toHaveURL(/[?&]side=is(&|$)/);
    await expect(page.getByTestId("side-total")).toHaveCount(1);
    await expect(page.locator("[data-side=is]")).toBeVisible();

    await page.locator("[data-filter=outlet] summary").click();
    await page.getByRole("group", { name: "Outlets" }).getByLabel(/Syrian Observatory for Human Rights/).click();
    await expect(page).toHaveURL(/outlet=Syrian\+Observatory\+for\+Human\+Rights/);
    const filtered = await page.locator("[data-side=is] .total-range").innerText();

    await page.reload();
    await expect(page.getByTestId("side-total")).toHaveCount(1);
    await expect(page.locator("[data-side=is] .total-range")).toHaveText(filtered);

    await page.goBack();
    await expect(page).not.toHaveURL(/outlet=/);
    await expect(page).toHaveURL(/side=is/);
  });

  test("shows the outcome it applies in the filter bar, and the headline's mixed total only inside the all-sides card", async ({ page }) => {
    for (const path of ["/", "/uncertainty"]) {
      await page.goto(path);
      const outcome = page.getByTestId("outcome-filter");
      await expect(outcome).toHaveValue("killed");
      await expect(outcome.locator("option")).toHaveText(["Killed", "Wounded", "Captured"]);
    }
    await page.goto("/");
    await expect(page.locator("[data-testid=side-total][data-side=mixed]")).toHaveCount(0);
    // SOHR's "50 deaths in the clashes" is its 30 regime + 20 IS: the sides' 148 already hold it.
    await expect(page.getByTestId("all-sides-total")).toContainText("All sides");
    await expect(page.getByTestId("all-sides-total")).toContainText("best 148");
    await page.getByTestId("outcome-filter").selectOption("wounded");
    await expect(page).toHaveURL(/outcome=wounded/);
    await expect(page.getByRole("heading", { name: /Reported wounded per month/ })).toBeVisible();
    await page.goto("/claims");
    await expect(page.getByTestId("outcome-filter")).toHaveValue("");
  });

  test("downloads the CSV of exactly the chart's series", async ({ page, request }) => {
    await page.goto("/?side=regime&bin=week");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    expect(download.suggestedFilename()).toBe("timeseries_side-regime_bin-week_outcome-killed.csv");
    const csv = (await readFile((await download.path())!, "utf8")).trimEnd().split("\r\n");
    const api = await (await request.get("/api/timeseries?side=regime&bin=week")).json();
    expect(csv[0]).toBe("bin,side,outcome,low,best,high,highOpen,events");
    expect(csv.slice(1)).toEqual(
      api.points.map((p: { bin: string; side: string; low: number | null; best: number | null; high: number | null; highOpen: boolean; events: number }) =>
        [p.bin, p.side, "killed", p.low ?? "", p.best ?? "", p.high ?? "", p.highOpen, p.events].join(","),
      ),
    );
  });
});

test.describe("the overview's chart explains itself", () => {
  test("names both axes with their units, and the titles follow the outcome, bin and chart switches", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto("/");
    const chart = page.getByTestId("deaths-chart");
    const x = chart.locator("[data-axis=x]");
    const y = chart.locator("[data-axis=y]");
    await expect(y).toBeVisible();
    await expect(y).toHaveText("reported killed per month, best estimate; band: low–high");
    await expect(x).toHaveText("month (period start)");
    await page.screenshot({ path: testInfo.outputPath("overview-1400x1000.png"), fullPage: true });

    await page.getByRole("group", { name: "Time bin" }).getByRole("button", { name: "Week" }).click();
    await expect(page).toHaveURL(/bin=week/);
    await expect(y).toHaveText("reported killed per week, best estimate; band: low–high");
    await expect(x).toHaveText("week from Monday (period start)");

    await page.getByTestId("outcome-filter").selectOption("wounded");
    await expect(page).toHaveURL(/outcome=wounded/);
    await expect(y).toHaveText("reported wounded per week, best estimate; band: low–high");

    await page.getByRole("group", { name: "Chart type" }).getByRole("button", { name: "Stacked bars" }).click();
    await expect(page).toHaveURL(/chart=bars/);
    await expect(y).toHaveText("reported wounded per week, best estimate, stacked by side");
    await expect(x).toBeVisible();
  });

  test("draws exact figures as points, not sloping bands, and spans the filter's dates", async ({ page }) => {
    await page.goto("/?from=2015-05-01&to=2015-08-31");
    const chart = page.getByTestId("deaths-chart");
    await expect(chart).toHaveAttribute("data-first-bin", "2015-05-01");
    await expect(chart).toHaveAttribute("data-last-bin", "2015-08-01");
    const ticks = chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await expect(ticks.first()).toHaveText("May 2015");
    await expect(ticks.last()).toHaveText("Aug 2015");
    // The seed reports' figures are exact: each shows as a point, and no area slopes from one bin into the next.
    await expect(chart.locator(".recharts-line-dot").first()).toBeVisible();
    await expect(chart.locator(".recharts-area")).toHaveCount(0);
  });
});

test.describe("compare sources", () => {
  test("opens a claim's quote in its report from the comparison table", async ({ page }) => {
    await page.goto("/compare");
    await expect(page.getByRole("heading", { name: "Compare sources" })).toBeVisible();
    const cell = page.getByTestId("source-figure").first();
    await expect(cell).toBeVisible();
    await cell.click();
    await expect(page).toHaveURL(/\/reports\/\d+#q-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });

  test("sorts by spread through the column header and keeps it in the URL", async ({ page }) => {
    await page.goto("/compare");
    await page.getByRole("button", { name: /^Spread/ }).click();
    await expect(page).toHaveURL(/sort=spread/);
    await page.reload();
    await expect(page.getByRole("columnheader", { name: /Spread/ })).toHaveAttribute("aria-sort", /ending/);
  });
});

test.describe("uncertainty and claims", () => {
  test("the uncertainty view explains the estimate and draws each event's claims", async ({ page }) => {
    await page.goto("/uncertainty");
    await expect(page.getByRole("heading", { name: "How low, best and high are derived" })).toBeVisible();
    await expect(page.getByTestId("uncertainty-event").first().locator("svg")).toBeVisible();
  });

  test("switching the vague-word convention is reflected on the page and in the URL", async ({ page }) => {
    await page.goto("/uncertainty");
    await page.getByLabel("Vague words").selectOption("acled");
    await expect(page).toHaveURL(/convention=acled/);
    await expect(page.getByTestId("convention-note")).toContainText("ACLED");
  });

  test("the claims page lists every claim with its quote, paged on the server", async ({ page, request }) => {
    await page.goto("/claims");
    const api = await (await request.get("/api/claims")).json();
    await expect(page.getByText(`${api.total} row`)).toBeVisible();
    await expect(page.getByRole("table", { name: "Claims", exact: true }).locator("tbody tr")).toHaveCount(Math.min(50, api.total));
  });
});
