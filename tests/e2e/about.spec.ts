import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatF1, formatShare } from "../../lib/format/accuracy";
import type { MeasuredFigures } from "../../lib/evaluation/measured-figures";
import { expect, test } from "./fixtures";

// The figures must be those `npm run eval -- --json-out lib/evaluation/measured.json` wrote, never typed.
async function measured(): Promise<MeasuredFigures> {
  return JSON.parse(await readFile(path.join(process.cwd(), "lib/evaluation/measured.json"), "utf8"));
}

async function expectFiguresOf(page: import("@playwright/test").Page, figures: MeasuredFigures) {
  const table = page.getByTestId("measured-accuracy");
  await expect(table.locator("tbody tr")).toHaveCount(figures.corpora.length);
  for (const c of figures.corpora) {
    const row = table.locator(`tr[data-corpus="${c.name}"]`);
    await expect(row.locator('[data-measure="strictF1"]')).toHaveText(formatF1(c.strictF1));
    await expect(row.locator('[data-measure="sideBlindF1"]')).toHaveText(formatF1(c.sideBlindF1));
    await expect(row.locator('[data-measure="claimantRight"]')).toHaveText(formatShare(c.claimantRight));
    await expect(row.locator('[data-measure="placeRight"]')).toHaveText(formatShare(c.placeRight));
  }
}

test.describe("accuracy disclosure", () => {
  test("the about page shows the extractor's figures exactly as the eval wrote them, the review count, the conventions and how to cite", async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    const figures = await measured();
    expect(figures.corpora.map((c) => c.name)).toEqual(expect.arrayContaining(["seeds", "dev"]));
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(page.getByRole("heading", { name: "About", level: 1 })).toBeVisible();
    await expectFiguresOf(page, figures);
    await expect(page.getByText(`${figures.extractor.name} ${figures.extractor.version}`).first()).toBeVisible();
    const all = await (await request.get("/api/claims")).json();
    await expect(page.getByTestId("reviewed-claims")).toContainText(new RegExp(`of the ${all.total.toLocaleString("en-GB")} claims in the database`));
    await expect(page.getByRole("heading", { name: "Conventions" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How to cite" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("about-1400x1000.png"), fullPage: true });
  });

  test("the claims page says how its claims were made and how many of those shown an editor reviewed", async ({ page, request }) => {
    const figures = await measured();
    await page.goto("/claims?side=regime");
    await expectFiguresOf(page, figures);
    const shown = await (await request.get("/api/claims?side=regime")).json();
    const reviewed = await (await request.get("/api/claims?side=regime&review=reviewed")).json();
    await expect(page.getByTestId("reviewed-claims")).toContainText(`${reviewed.total} of the ${shown.total} claims shown here`);
  });
});
