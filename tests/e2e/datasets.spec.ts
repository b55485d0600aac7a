import path from "node:path";
import { expect, test } from "./fixtures";

// Real UCDP data from ../shared, imported through the ingest page as an editor would.
const GED21 = path.resolve(process.cwd(), process.env.SHARED_DIR ?? "../shared", "data/real/ucdp_ged_v21_1_reduced_syria.csv");
const NAME = "UCDP GED 21.1 reduced";
const AROUND_HASAKAH = `place=al-Hasakah&from=2014-01-01&to=2015-12-31`;

test.describe.configure({ mode: "serial" });

test("an editor imports GED 21.1 from the ingest page and sees its summary", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("admin@example.org");
  await page.getByLabel("Password").fill("e2e-admin-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto("/ingest");
  await page.locator('input[name="dataset-file"]').setInputFiles(GED21);
  await page.getByRole("button", { name: "Import data set" }).click();
  const summary = page.getByTestId("dataset-summary");
  await expect(summary).toContainText(NAME, { timeout: 90_000 });
  await expect(summary).toContainText("64,794 imported");
  await expect(page.getByRole("table", { name: "Data sets imported" })).toContainText("64,794");
});

test("the overview sets GED 21.1 beside the seed reports' claims around al-Hasakah", async ({ page }) => {
  await page.goto(`/?${AROUND_HASAKAH}`);
  await expect(page.getByTestId("overlay-chart")).toHaveCount(0);
  // Picked in the filter bar, the data set is in the URL and its series on the chart.
  await page.locator('[data-filter="dataset"] summary').click();
  await page.getByRole("group", { name: "Compare with" }).getByLabel(new RegExp(NAME)).click();
  await expect(page).toHaveURL(/dataset=UCDP/);
  const chart = page.getByTestId("overlay-chart");
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-legend-item-text")).toHaveText(["News claims", NAME]);
  await expect(chart.locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByRole("heading", { name: `News claims beside ${NAME}` })).toBeVisible();
  // The per-side chart of the news claims is still there, unchanged by the data set.
  await expect(page.getByTestId("deaths-chart")).toBeVisible();
  // Events that run over several months can be shared among them instead of placed at their start.
  await page.getByRole("button", { name: "Spread over the period" }).click();
  await expect(page).toHaveURL(/placement=spread/);
  await expect(page.getByRole("button", { name: "Spread over the period" })).toHaveAttribute("aria-pressed", "true");
  await expect(chart.locator(".recharts-line")).toHaveCount(2);
});

test("the per-side chart and the data-set overlay span the same months, the filter's from-to", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`/?place=al-Hasakah&from=2014-01-01&to=2016-12-31&dataset=${encodeURIComponent(NAME)}`);
  const charts = [page.getByTestId("deaths-chart"), page.getByTestId("overlay-chart")];
  for (const chart of charts) {
    await expect(chart).toHaveAttribute("data-first-bin", "2014-01-01");
    await expect(chart).toHaveAttribute("data-last-bin", "2016-12-01");
    const ticks = chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await expect(ticks.first()).toHaveText("Jan 2014");
    await expect(ticks.last()).toHaveText("Dec 2016");
  }
  // GED's low-high bands are blocks over their months (floating bars), not areas sloping into the next month.
  await expect(charts[1].locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(charts[1].locator(".recharts-area")).toHaveCount(0);
  const overlayX = page.getByTestId("overlay-chart").locator("[data-axis=x]");
  await expect(overlayX).toHaveText("month (period start)");
  await expect(page.getByTestId("overlay-chart").locator("[data-axis=y]")).toHaveText("killed per month, all sides, best estimate; band: low–high");
  await page.screenshot({ path: test.info().outputPath("overview-aligned-1400x1000.png"), fullPage: true });

  // The overlay's title follows its placement switch; the per-side chart stays by period start.
  await page.getByRole("button", { name: "Spread over the period" }).click();
  await expect(overlayX).toHaveText("month (each event spread over its days)");
  await expect(page.getByTestId("deaths-chart").locator("[data-axis=x]")).toHaveText("month (period start)");

  // Without dates, both span the union of their series' extents.
  await page.goto(`/?place=al-Hasakah&bin=week&dataset=${encodeURIComponent(NAME)}`);
  const first = await charts[1].getAttribute("data-first-bin");
  const last = await charts[1].getAttribute("data-last-bin");
  expect(first! < last!).toBe(true);
  await expect(charts[0]).toHaveAttribute("data-first-bin", first!);
  await expect(charts[0]).toHaveAttribute("data-last-bin", last!);
});

test("the comparison lists month x place rows with the ratio, largest disagreement first", async ({ page }) => {
  await page.goto(`/compare?by=month-place&sort=ratio&dataset=${encodeURIComponent(NAME)}&${AROUND_HASAKAH}`);
  await expect(page.getByRole("button", { name: "News vs data sets, by month and place" })).toHaveAttribute("aria-pressed", "true");
  const ratios = page.getByTestId("ratio-cell");
  await expect(ratios.first()).toBeVisible();
  const first = await ratios.first().innerText();
  expect(first).toMatch(/^×[\d.]+ (above|below)$/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("al-Hasakah");
  // A month of the seed reports: June 2015, when IS stormed the city.
  await expect(page.locator("tbody tr", { hasText: "2015-06" }).first()).toBeVisible();
});

test("the month x place comparison opens sorted by disagreement, with news figures on its first page", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`/compare?by=month-place&dataset=${encodeURIComponent(NAME)}&${AROUND_HASAKAH}`);
  await expect(page.getByRole("columnheader", { name: /Disagreement/ })).toHaveAttribute("aria-sort", "descending");
  const first = page.locator("tbody tr").first();
  await expect(first.getByTestId("ratio-cell")).toHaveText(/^×[\d.]+ (above|below)$/);
  // The largest gap comes first: each row's disagreement is no larger than the one above it.
  const shown = (await page.locator("tbody tr td:last-child").allInnerTexts()).map((t) => (t === "—" ? null : Number(t.replace("×", ""))));
  const both = shown.filter((v): v is number => v !== null);
  expect(both.length).toBeGreaterThan(0);
  expect(both).toEqual([...both].sort((a, b) => b - a));
  expect(shown.slice(0, both.length)).toEqual(both);
  await page.screenshot({ path: test.info().outputPath("month-place-1400x1000.png"), fullPage: true });
});

test("a data set without a side split says so in the side rows, and the † mark is explained", async ({ page }) => {
  await page.goto(`/compare?by=month-place&side=regime&dataset=${encodeURIComponent(NAME)}&${AROUND_HASAKAH}`);
  const notes = page.getByTestId("no-side-split");
  await expect(notes.first()).toHaveText(`no side split in ${NAME}`);
  expect(await notes.count()).toBe(await page.locator("tbody tr").count());
  const note = page.getByTestId("as-published-note");
  await expect(note).toContainText("† as published: the data set's own best lies outside its own low–high range");
  await expect(note).toContainText(`${NAME} counts all sides together`);
});

test("the data sets page lists GED 21.1 with its import and sums it by a field of its own", async ({ page }) => {
  await page.goto("/datasets");
  await expect(page.getByRole("table", { name: "Data sets imported" })).toContainText("64,794");
  await expect(page.getByText(/64,794 rows read, 64,794 imported/)).toBeVisible();
  const byYear = page.getByTestId("breakdown");
  await expect(byYear.locator("tr", { hasText: "2015" })).toContainText("9,507");
  await page.getByRole("link", { name: "Type of violence / event" }).click();
  await expect(page).toHaveURL(/by=type/);
  await expect(page.getByTestId("breakdown")).toContainText("State-based violence");
  await expect(page.getByTestId("breakdown").locator("tr.total-row")).toContainText("64,794");
});
