import { expect, test } from "./fixtures";

// The app's first start created the admin from ADMIN_EMAIL / ADMIN_PASSWORD (playwright.config.ts).
const ADMIN = { email: "admin@example.org", password: "e2e-admin-password" };

async function logIn(page: import("@playwright/test").Page) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(ADMIN.email);
}

async function ingest(page: import("@playwright/test").Page, report: { outlet: string; title: string; published: string; text: string }) {
  await page.goto("/ingest");
  await page.getByLabel("Outlet").fill(report.outlet);
  await page.getByLabel("Title").fill(report.title);
  await page.getByLabel(/^Published/).fill(report.published);
  await page.getByLabel(/^Text/).fill(report.text);
}

test.describe("a visitor", () => {
  test.use({ expectedConsoleErrors: [/status of 401/] });

  test("cannot write anything", async ({ page }) => {
    await page.goto("/ingest");
    await expect(page.getByText("Only editors can add reports.")).toBeVisible();
    const status = await page.evaluate(async () => {
      const res = await fetch("/api/reports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "x", outlet: "y", text: "Ten soldiers were killed." }) });
      return res.status;
    });
    expect(status).toBe(401);
    await page.goto("/reports");
    await page.locator("tbody a").first().click();
    await expect(page.getByTestId("claim").first()).toBeVisible();
    await expect(page.getByTestId("claim-review")).toHaveCount(0);
  });
});

test.describe("a refused login", () => {
  test.use({ expectedConsoleErrors: [/status of 401/] });

  test("says why in one sentence and keeps what was typed", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(ADMIN.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("That e-mail and password do not match an active account.");
    await expect(page.getByLabel("E-mail")).toHaveValue(ADMIN.email);
  });
});

test.describe("an editor", () => {
  test("logs in, ingests a report, corrects a claim and sees the dashboard change", async ({ page }) => {
    await logIn(page);
    await ingest(page, { outlet: "Kobani field notes", title: "Clashes on the eastern front", published: "2015-07-02", text: "At least 7 YPG fighters were killed on Monday in clashes near Kobani." });
    await page.getByRole("button", { name: "Preview claims" }).click();
    await expect(page.getByTestId("ingest-preview")).toContainText("1 claim found");
    await page.getByRole("button", { name: "Save report" }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    const claim = page.getByTestId("claim").first();
    await expect(claim).toContainText("≥7");

    await page.goto("/?side=kurdish");
    await expect(page.locator("[data-side=kurdish] .total-range")).toHaveText("7+");
    await page.goBack();

    await claim.getByRole("button", { name: "Correct" }).click();
    await claim.getByLabel("Low").fill("9");
    await claim.getByRole("button", { name: "Save correction" }).click();
    await expect(claim).toContainText("≥9");
    await expect(claim.locator(".status")).toHaveText("corrected");

    await page.goto("/?side=kurdish");
    await expect(page.locator("[data-side=kurdish] .total-range")).toHaveText("9+");
  });

  test("finds a doubted claim first in the review queue, with its reason, and accepts it from its report", async ({ page }) => {
    await logIn(page);
    await ingest(page, { outlet: "Queue field notes", title: "Clashes kill 6 near Tal Tamr", published: "2016-07-03", text: "Clashes kill 6 near Tal Tamr\n\nAt least 4 YPG fighters were killed on Tuesday near Tal Tamr, the monitor said." });
    await page.getByRole("button", { name: "Save report" }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);

    await page.getByTestId("review-queue-link").click();
    await expect(page).toHaveURL(/review=needs-review/);
    await expect(page.getByTestId("review-filter")).toHaveValue("needs-review");
    // The least sure first: the confidences read down the page never decrease.
    const confidences = (await page.getByTestId("claim-confidence").allTextContents()).map((t) => Number.parseFloat(t));
    expect(confidences.length).toBeGreaterThan(0);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    const first = page.locator("tbody tr").filter({ hasText: "Clashes kill 6 near Tal Tamr" }).first();
    await expect(first.getByTestId("claim-confidence")).toContainText("needs review");
    await expect(first.getByTestId("claim-confidence")).toHaveAttribute("title", /figure in a headline/);
    await page.screenshot({ path: "test-results/review-queue.png", fullPage: true });

    await first.locator("a.quote-link").click();
    const claim = page.getByTestId("claim").filter({ hasText: "Clashes kill 6" }).first();
    await claim.getByRole("button", { name: "Accept" }).click();
    await expect(claim.locator(".status")).toHaveText("accepted");
    await page.goto("/claims?review=needs-review&sort=confidence&dir=asc");
    await expect(page.getByText("Clashes kill 6 near Tal Tamr")).toHaveCount(0);
    await page.goto("/claims?review=reviewed");
    await expect(page.locator("tbody tr")).toContainText(["Clashes kill 6 near Tal Tamr"]);
  });

  test("sees a report's markup as inert text: no script runs", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await logIn(page);
    const hostile = `Two civilians were killed on Sunday. <script>window.__xss = 1; alert(1)</script> <img src=x onerror="window.__xss = 2"> <a href="javascript:alert(3)">link</a>`;
    await ingest(page, { outlet: "Hostile outlet", title: "<b>Bold</b> title", published: "2015-07-06", text: hostile });
    await page.getByRole("button", { name: "Save report" }).click();
    await expect(page).toHaveURL(/\/reports\/\d+$/);
    await expect(page.getByTestId("report-text")).toContainText("<script>window.__xss = 1; alert(1)</script>");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("<b>Bold</b> title");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("[data-testid=report-text] img, [data-testid=report-text] script").count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

test.describe("security headers", () => {
  test("every page forbids framing, sniffing and eval", async ({ request }) => {
    const res = await request.get("/");
    const csp = res.headers()["content-security-policy"];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });
});
