// Charts a researcher can publish: PNG and SVG downloads of the overview chart with its
// title, filters in words, source and access date; "Cite this view" with the address of
// exactly the view; the log scale; the embeddable chart; the CSV's companion text with
// UCDP's CC BY 4.0 attribution when a UCDP data set is in view.
import { readFile, copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext, type Download, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A small real UCDP file (GED 23.1, 1,000 rows, 265 in Syria), imported under a name of
// this spec's own and removed after it, so other specs never see it.
const GED23 = path.resolve(process.cwd(), process.env.SHARED_DIR ?? "../shared", "data/real/ucdp_ged_v23_1_sample1000.csv");
const DATASET = "UCDP GED 23.1 sample (chart export)";
const FILTERS = "side=regime&side=is&from=2015-01-01&to=2015-12-31";
const FILTERS_IN_WORDS = "Killed · sides: Regime, IS · 2015-01-01 to 2015-12-31";
// E2E_SCREENSHOTS=DIR keeps screenshots and the downloaded files there, to look at.
const SHOTS = process.env.E2E_SCREENSHOTS;

test.describe.configure({ mode: "serial" });

let admin: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  const login = await admin.post("/api/auth/login", { data: { email: "admin@example.org", password: "e2e-admin-password" } });
  expect(login.status()).toBe(200);
  const imported = await admin.post("/api/datasets", { data: { fileName: path.basename(GED23), content: await readFile(GED23, "utf8"), name: DATASET }, timeout: 60_000 });
  expect([201, 409]).toContain(imported.status());
});

test.afterAll(async () => {
  await admin.delete(`/api/datasets?name=${encodeURIComponent(DATASET)}`);
  await admin.dispose();
});

async function keep(download: Download | null, page: Page | null, name: string) {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  if (download) await copyFile(await download.path(), path.join(SHOTS, name));
  if (page) await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("the overview chart downloads as a PNG and an SVG that carry its title, filters, source and access date", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`/?${FILTERS}`);
  const figure = page.getByTestId("figure-per-side-chart");
  await expect(figure.locator(".recharts-line")).toHaveCount(2);
  await expect(figure.getByTestId("filters-in-words")).toHaveText(`${FILTERS_IN_WORDS} · per month`);
  await expect(figure.getByTestId("source-line")).toContainText("Source: news reports by");
  await keep(null, page, "overview.png");

  const [png] = await Promise.all([page.waitForEvent("download"), figure.getByRole("button", { name: "Download PNG" }).click()]);
  expect(png.suggestedFilename()).toBe("per-side-chart_side-regime+is_2015-01-01_2015-12-31_bin-month_outcome-killed.png");
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const size = pngSize(bytes);
  // Twice the drawn chart: well over a thousand pixels wide, and taller than the chart alone (title, legend, footer).
  expect(size.width).toBeGreaterThan(2000);
  expect(size.height).toBeGreaterThan(2 * 360);
  await keep(png, null, "per-side-chart.png");

  const [svg] = await Promise.all([page.waitForEvent("download"), figure.getByRole("button", { name: "Download SVG" }).click()]);
  expect(svg.suggestedFilename()).toMatch(/^per-side-chart_.*\.svg$/);
  const text = await readFile((await svg.path())!, "utf8");
  await keep(svg, null, "per-side-chart.svg");
  // Parsed as an SVG document by the browser: no parser error, and the texts are there as text.
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
    return { root: doc.documentElement.nodeName, error: doc.querySelector("parsererror")?.textContent ?? null, texts, lines: doc.querySelectorAll(".recharts-line").length };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.texts).toContain("Reported killed per month, by side");
  expect(parsed.texts.join(" ")).toContain(FILTERS_IN_WORDS);
  expect(parsed.texts.join(" ")).toContain("Source: news reports by");
  expect(parsed.texts.join(" ")).toMatch(/accessed \d{1,2} [A-Z][a-z]+ \d{4}/);
  expect(parsed.texts).toEqual(expect.arrayContaining(["Regime and allied militias", "Islamic State"])); // the legend
  expect(parsed.lines).toBe(2);
});

test("'Cite this view' gives the address of the view with its current filters, and follows them", async ({ page, baseURL }) => {
  await page.goto(`/?${FILTERS}`);
  const figure = page.getByTestId("figure-per-side-chart");
  await figure.getByText("Cite this view").click();
  const cite = figure.getByTestId("cite-text");
  await expect(cite).toContainText(`${baseURL}/?${FILTERS}`);
  await expect(cite).toContainText(`(${FILTERS_IN_WORDS} · per month)`);
  await expect(cite).toContainText(/accessed \d{1,2} [A-Z][a-z]+ \d{4}/);
  await page.getByRole("group", { name: "Time bin" }).getByRole("button", { name: "Week" }).click();
  await expect(page).toHaveURL(/bin=week/);
  await expect(cite).toContainText(`${baseURL}/?${FILTERS}&bin=week`);
  await expect(figure.getByTestId("view-link")).toHaveAttribute("href", `${baseURL}/?${FILTERS}&bin=week#per-side-chart`);
  // Under the tables too: the page's own citation.
  await expect(page.getByTestId("view-citation").getByTestId("cite-text")).toContainText(`${baseURL}/?${FILTERS}&bin=week`);
});

test("the log switch puts the count axis on a log scale and in the URL", async ({ page }) => {
  await page.goto(`/?${FILTERS}`);
  const chart = page.getByTestId("deaths-chart");
  const yTicks = chart.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect(chart).toHaveAttribute("data-scale", "linear");
  await page.locator("#chart-heading").locator("..").getByRole("group", { name: "Scale" }).getByRole("button", { name: "Log" }).click();
  await expect(page).toHaveURL(/scale=log/);
  await expect(chart).toHaveAttribute("data-scale", "log");
  // 0 on the baseline, then the powers of ten.
  await expect(yTicks).toHaveText(["0", "1", "10", "100"]);
  await expect(chart.locator('[data-axis="y"]')).toContainText("log scale, 0 on the baseline");
  await expect(page.getByTestId("figure-per-side-chart").getByTestId("filters-in-words")).toContainText("log scale");
  await keep(null, page, "overview-log.png");
  await page.locator("#chart-heading").locator("..").getByRole("group", { name: "Scale" }).getByRole("button", { name: "Linear" }).click();
  await expect(page).not.toHaveURL(/scale=/);
  await expect(chart).toHaveAttribute("data-scale", "linear");
});

test("the embed shows the chart with its title, filters and source, without the site's navigation, and may be framed", async ({ page, request, baseURL }) => {
  await page.goto(`/?${FILTERS}`);
  const figure = page.getByTestId("figure-per-side-chart");
  await figure.getByText("Embed", { exact: true }).click();
  await expect(figure.getByTestId("embed-code")).toContainText(`<iframe src="${baseURL}/embed/overview?side=regime&amp;side=is&amp;from=2015-01-01&amp;to=2015-12-31"`);

  const headers = (await request.get(`/embed/overview?${FILTERS}`)).headers();
  expect(headers["x-frame-options"]).toBeUndefined();
  expect(headers["content-security-policy"]).toContain("frame-ancestors *");
  expect((await request.get("/")).headers()["x-frame-options"]).toBe("DENY");

  await page.setViewportSize({ width: 900, height: 560 });
  await page.goto(`/embed/overview?${FILTERS}`);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reported killed per month, by side");
  await expect(page.getByTestId("deaths-chart").locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByTestId("filters-in-words")).toHaveText(`${FILTERS_IN_WORDS} · per month`);
  await expect(page.getByTestId("source-line")).toContainText("Source: news reports by");
  await expect(page.getByRole("button", { name: "Download PNG" })).toHaveCount(0);
  await keep(null, page, "embed-overview.png");
});

test("every table page says its sources and how to cite exactly its view", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const views = [
    ["/compare?side=regime", `${baseURL}/compare?side=regime`, "news reports by"],
    ["/claims?side=regime&sort=outlet", `${baseURL}/claims?side=regime&sort=outlet`, "news reports by"],
    ["/uncertainty?side=is", `${baseURL}/uncertainty?side=is`, "news reports by"],
    ["/reports", `${baseURL}/reports`, "news reports by"],
    [`/datasets?name=${encodeURIComponent(DATASET)}&by=year`, `${baseURL}/datasets?name=UCDP+GED+23.1+sample+%28chart+export%29&by=year`, `${DATASET} (UCDP, CC BY 4.0)`],
  ];
  for (const [path, url, source] of views) {
    await page.goto(path);
    const citation = page.getByTestId("view-citation");
    await expect(citation.getByTestId("source-line")).toContainText(source);
    await expect(citation.getByTestId("cite-text")).toContainText(`${url}, accessed`);
    await expect(page.getByTestId("csv-about")).toHaveAttribute("href", /about=1$/);
  }
  await keep(null, page, "datasets.png");
});

test("each event's claims strip on /uncertainty downloads as an SVG and a PNG with its title and source", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/uncertainty?side=is");
  const first = page.getByTestId("uncertainty-event").first();
  const [svg] = await Promise.all([page.waitForEvent("download"), first.getByRole("button", { name: /^Download SVG: Islamic State · / }).click()]);
  expect(svg.suggestedFilename()).toMatch(/^uncertainty_event-\d+_is_killed\.svg$/);
  const texts = await page.evaluate(async (source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    return doc.querySelector("parsererror") ? null : [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").join(" | ");
  }, await readFile((await svg.path())!, "utf8"));
  expect(texts).toMatch(/Islamic State · .*: each claim of killed/);
  expect(texts).toContain("Killed · side: IS · all dates");
  expect(texts).toContain("Source: news reports by");
  const [png] = await Promise.all([page.waitForEvent("download"), first.getByRole("button", { name: /^Download PNG: / }).click()]);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(pngSize(bytes).width).toBeGreaterThan(1000);
  await keep(png, null, "uncertainty-strip.png");
  await keep(null, page, "uncertainty.png");
});

test("with a UCDP data set in view, the overlay, its embed and the CSV companion attribute UCDP under CC BY 4.0", async ({ page, request, baseURL }) => {
  const view = `dataset=${encodeURIComponent(DATASET)}&from=2015-01-01&to=2015-12-31`;
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`/?${view}`);
  const overlay = page.getByTestId("figure-overlay-chart");
  await expect(overlay.getByTestId("source-line")).toContainText(`${DATASET} (UCDP, CC BY 4.0)`);
  // The per-side chart draws the news alone: the data set is not its source.
  await expect(page.getByTestId("figure-per-side-chart").getByTestId("source-line")).not.toContainText("UCDP");
  await keep(null, page, "overview-overlay.png");
  // The chart is drawn on the client once its size is known: the file is made from what is drawn.
  await expect(overlay.locator(".recharts-wrapper > svg")).toBeVisible();
  const [svg] = await Promise.all([page.waitForEvent("download"), overlay.getByRole("button", { name: "Download SVG" }).click()]);
  const svgText = await readFile((await svg.path())!, "utf8");
  expect(svgText).toContain(`${DATASET} (UCDP, CC BY 4.0)`);
  const [png] = await Promise.all([page.waitForEvent("download"), overlay.getByRole("button", { name: "Download PNG" }).click()]);
  await keep(png, null, "overlay-chart.png");
  // One scale for both charts: the overlay's switch sets it in the URL too.
  await page.locator("#overlay-heading").locator("..").getByRole("group", { name: "Scale" }).getByRole("button", { name: "Log" }).click();
  await expect(page).toHaveURL(/scale=log/);
  await expect(page.getByTestId("overlay-chart")).toHaveAttribute("data-scale", "log");
  await expect(page.getByTestId("deaths-chart")).toHaveAttribute("data-scale", "log");
  await keep(null, page, "overview-overlay-log.png");

  // The CSV stays plain data; its companion, linked beside it, holds the attribution.
  const csvHref = await page.getByTestId("download-csv").getAttribute("href");
  const aboutHref = await page.getByTestId("csv-about").getAttribute("href");
  expect(aboutHref).toBe(`${csvHref}&about=1`);
  const csv = await (await request.get(csvHref!)).text();
  expect(csv.split("\r\n")[0]).toMatch(/^source,bin,/);
  expect(csv).not.toContain("CC BY");
  const about = await request.get(aboutHref!);
  expect(about.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const text = await about.text();
  expect(text).toContain(`${DATASET}: data by the Uppsala Conflict Data Program (UCDP), Uppsala University`);
  expect(text).toContain("Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/");
  expect(text).toContain("Davies, Shawn, Therese Pettersson & Magnus Öberg (2023)");
  expect(text).toContain(`View on the site: ${baseURL}/?from=2015-01-01&to=2015-12-31&dataset=UCDP+GED+23.1+sample+%28chart+export%29\r\n`);
  expect(text).toContain(`What it holds: News claims beside ${DATASET}: killed per month, all sides`);
  expect((await request.get(`${csvHref}&about=yes`)).status()).toBe(400);

  await page.setViewportSize({ width: 900, height: 560 });
  await page.goto(`/embed/overlay?${view}`);
  await expect(page.getByTestId("overlay-chart").locator(".recharts-line")).toHaveCount(2);
  await expect(page.getByTestId("source-line")).toContainText("(UCDP, CC BY 4.0)");
  await keep(null, page, "embed-overlay.png");
});
