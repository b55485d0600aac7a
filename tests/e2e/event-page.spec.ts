import { expect, test } from "./fixtures";

// The seed reports were imported with their claims by the app's first start.

test.describe("an event's page", () => {
  test("opens from the comparison, shows each side's estimate and the claims with their quotes, and leads to a claim's report", async ({ page, request }, testInfo) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto("/compare");
    const firstRow = page.locator("tbody tr").first();
    const link = firstRow.getByTestId("event-link");
    const eventId = Number((await link.innerText()).replace(/\D/g, ""));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Event ${eventId}:`);

    // Each side's estimate is the one the API gives, the one the uncertainty view shows.
    const api = await (await request.get(`/api/events/${eventId}`)).json();
    const estimates = page.getByTestId("event-estimate");
    await expect(estimates).toHaveCount(api.estimates.length);
    for (const e of api.estimates) {
      const card = page.locator(`[data-testid=event-estimate][data-side="${e.side}"][data-outcome="${e.outcome}"]`);
      await expect(card.getByTestId("estimate-figures")).toHaveText(`low ${e.low} · best ${e.best} · high ${e.high}${e.highOpen ? "+" : ""}`);
    }
    // Every claim with its sentence, and what it did for the estimate.
    const claims = page.getByTestId("event-claim");
    await expect(claims).toHaveCount(api.claims.length);
    await expect(claims.first().getByTestId("claim-report-link")).toHaveText(/^“.+”$/);
    await expect(claims.first().getByTestId("claim-role")).toHaveText(/counted|set aside/);
    await expect(page.getByTestId("event-place")).not.toBeEmpty();
    await expect(page.getByTestId("convention-note")).toContainText("literal-v1");
    await page.screenshot({ path: testInfo.outputPath("event-1400x1000.png"), fullPage: true });

    // A convention the page does not know is named, and the page shows the default.
    await page.goto(`/events/${eventId}?convention=dozens`);
    await expect(page.getByTestId("ignored-values")).toContainText("dozens");
    await expect(page.getByTestId("convention-note")).toContainText("literal-v1");
    await page.goto(`/events/${eventId}`);

    // The comparison filtered to it lists it.
    await page.getByTestId("event-view-links").getByRole("link", { name: "Compare sources" }).click();
    await expect(page).toHaveURL(/\/compare\?.*from=/);
    await expect(page.getByTestId("event-link").filter({ hasText: `Event ${eventId}` }).first()).toBeVisible();
    await page.goBack();

    // The claim's quote leads to its sentence in the report.
    const quoteLink = page.getByTestId("claim-report-link").first();
    const [, reportId, claimId] = (await quoteLink.getAttribute("href"))!.match(/^\/reports\/(\d+)#q-(\d+)$/)!;
    const first = api.claims.find((c: { id: number }) => c.id === Number(claimId));
    expect(first.reportId).toBe(Number(reportId));
    await quoteLink.click();
    await expect(page).toHaveURL(new RegExp(`/reports/${reportId}#q-${claimId}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.reportTitle);
    // And the report's claim leads back to its event.
    await expect(page.getByTestId("claim").getByTestId("event-link").filter({ hasText: `Event ${eventId}` }).first()).toBeVisible();
  });

  test("is reached from the uncertainty rows and the claims table too", async ({ page }) => {
    await page.goto("/uncertainty");
    const fromUncertainty = page.getByTestId("uncertainty-event").first().getByTestId("event-link");
    const href = await fromUncertainty.getAttribute("href");
    expect(href).toMatch(/^\/events\/\d+$/);
    await page.goto("/claims");
    await expect(page.locator("tbody tr").first().getByTestId("event-link")).toHaveAttribute("href", /^\/events\/\d+$/);
  });
});

test.describe("a bad event address", () => {
  test.use({ expectedConsoleErrors: [/status of 40[04]/] });

  test("an unknown event answers 404 with the site's page", async ({ page }) => {
    const response = await page.goto("/events/99999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("an address that is not a number answers 400 and says how event addresses look", async ({ page }) => {
    for (const url of ["/events/abc", "/events/0x10", "/events/%00"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(400);
      await expect(page.getByTestId("bad-event-id"), url).toContainText("Event addresses are written in digits, such as /events/12");
    }
  });
});
