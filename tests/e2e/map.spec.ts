import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./fixtures";

// The seed reports were imported by the app's first start; a real UCDP sample is
// imported here through the ingest page, under a name of its own.
const GED23 = path.resolve(process.cwd(), process.env.SHARED_DIR ?? "../shared", "data/real/ucdp_ged_v23_1_sample1000.csv");
const NAME = "UCDP GED 23.1 sample (map)";
const YEAR_2015 = "from=2015-01-01&to=2015-12-31";

type Row = { layer: string; place: string; latitude: number; longitude: number; side: string; sideLabel: string; periodStart: string; periodEnd: string; low: number; best: number; high: number; highOpen: boolean; events: number; claims: number };

test.describe.configure({ mode: "serial" });

test("the map draws Syria's outline and the news claims' circles, each with its figures on hover", async ({ page, request }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map", exact: true }).click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByRole("heading", { name: "Map of reported killed" })).toBeVisible();
  const map = page.getByTestId("map");
  await expect(map.locator('path[data-country="Syria"]')).toBeVisible();
  // Its neighbours are drawn faintly around it.
  await expect(map.locator('path[data-country="Turkey"].map-neighbour')).toHaveCount(1);
  await expect(map.locator('path[data-country="Iraq"].map-neighbour')).toHaveCount(1);

  const api = await (await request.get("/api/map")).json();
  expect(api.rows.length).toBeGreaterThan(0);
  const circles = map.locator('circle[data-layer="News claims"]');
  await expect(circles).toHaveCount(api.rows.length);
  // The largest circle is the first row: its tooltip names place, side, period, low–best–high and claims.
  const top: Row = api.rows[0];
  const circle = map.locator(`circle[data-layer="News claims"][data-place="${top.place}"][data-side="${top.side}"]`);
  await expect(circle).toHaveAttribute("data-best", String(top.best));
  const title = await circle.locator("title").textContent();
  expect(title).toContain(top.place);
  expect(title).toContain(top.sideLabel);
  expect(title).toMatch(/\d{4}/);
  expect(title).toMatch(/killed \(low–best–high\): [\d,–+]+/);
  expect(title).toMatch(new RegExp(`${top.claims} claims?`));
  // Bigger figures, bigger circles: area, not radius, follows the count (r / √best is the same for every circle above the minimum size).
  const perRoot = await circles.evaluateAll((els) =>
    els.map((e) => [Number(e.getAttribute("data-best")), Number(e.getAttribute("r"))]).filter(([, r]) => r >= 3).map(([best, r]) => r / Math.sqrt(best)),
  );
  for (const k of perRoot) expect(Math.abs(k / perRoot[0] - 1)).toBeLessThan(0.04);

  // The legend names each side drawn; events whose places have no coordinates are counted and listed.
  for (const side of new Set(api.rows.map((r: Row) => r.side))) await expect(page.getByTestId("map-legend").locator(`[data-side="${side}"]`)).toBeVisible();
  if (api.leftOff.length) {
    const leftOff = page.getByTestId("left-off");
    for (const p of api.leftOff) await expect(leftOff).toContainText(p.place ?? "no place named");
  }
  await page.screenshot({ path: test.info().outputPath("map-news-1400x1000.png"), fullPage: true });
});

test("switching a data set's layer on adds its rings; the URL keeps the layer and the filters", async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("admin@example.org");
  await page.getByLabel("Password").fill("e2e-admin-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto("/ingest");
  await page.locator('input[name="dataset-file"]').setInputFiles(GED23);
  await page.locator('input[name="dataset-name"]').fill(NAME);
  await page.getByRole("button", { name: "Import data set" }).click();
  await expect(page.getByTestId("dataset-summary")).toContainText("265 imported", { timeout: 60_000 });

  await page.goto(`/map?${YEAR_2015}`);
  // The filter bar's lists (and so the layers offered) are cached for a few seconds: a fresh import shows on a later load.
  const layer = page.getByRole("group", { name: "Layers" }).getByLabel(NAME);
  await expect(async () => {
    await page.reload();
    await expect(layer).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const map = page.getByTestId("map");
  const news = map.locator('circle[data-layer="News claims"]');
  const rings = map.locator(`circle[data-layer="${NAME}"]`);
  const newsRows = (await (await request.get(`/api/map?${YEAR_2015}`)).json()).rows.length;
  await expect(news).toHaveCount(newsRows);
  await expect(rings).toHaveCount(0);

  await layer.click();
  await expect(layer).toBeChecked();
  await expect(page).toHaveURL(/dataset=UCDP\+GED\+23\.1\+sample/);
  await expect(page).toHaveURL(/from=2015-01-01&to=2015-12-31/);
  const withSet = await (await request.get(`/api/map?${YEAR_2015}&dataset=${encodeURIComponent(NAME)}`)).json();
  const setRows = withSet.rows.filter((r: Row) => r.layer === NAME);
  expect(setRows.length).toBeGreaterThan(0);
  await expect(rings).toHaveCount(setRows.length);
  await expect(news).toHaveCount(newsRows);
  await expect(page.getByTestId("map-legend")).toContainText(NAME);

  // A reload keeps the layer; the news layer can be switched off too, and that is in the URL.
  await page.reload();
  await expect(layer).toBeChecked();
  await expect(rings).toHaveCount(setRows.length);
  await page.getByRole("group", { name: "Layers" }).getByLabel("News claims").click();
  await expect(page).toHaveURL(/news=hide/);
  await expect(news).toHaveCount(0);
  await expect(rings).toHaveCount(setRows.length);
  await page.goBack();
  await expect(news).toHaveCount(newsRows);
  await page.screenshot({ path: test.info().outputPath("map-with-dataset-1400x1000.png"), fullPage: true });
});

test("the CSV link downloads exactly the rows drawn", async ({ page, request }) => {
  const query = `${YEAR_2015}&dataset=${encodeURIComponent(NAME)}`;
  await page.goto(`/map?${query}`);
  const drawn = await page.getByTestId("map").locator("circle[data-layer]").count();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  expect(download.suggestedFilename()).toBe("map_dataset-ucdp-ged-23-1-sample-map_2015-01-01_2015-12-31_outcome-killed.csv");
  const lines = (await readFile((await download.path())!, "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toBe("layer,place,latitude,longitude,side,periodStart,periodEnd,outcome,low,best,high,highOpen,events,claims");
  expect(lines.length - 1).toBe(drawn);
  const api = await (await request.get(`/api/map?${query}`)).json();
  const quote = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  expect(lines.slice(1)).toEqual(
    api.rows.map((r: Row) => [quote(r.layer), quote(r.place), r.latitude, r.longitude, r.side, r.periodStart, r.periodEnd, "killed", r.low, r.best, r.high, r.highOpen, r.events, r.claims].join(",")),
  );
});
