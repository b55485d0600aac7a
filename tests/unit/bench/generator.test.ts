import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BenchDataGenerator } from "@/lib/bench/generator";
import type { Batch, ClaimRow } from "@/lib/bench/rows";
import { CONVENTIONS } from "@/lib/extraction/conventions";
import { getProfile } from "@/lib/profiles";

const profile = getProfile();
const sideIds = new Map(profile.sides.map((s, i) => [s.key, i + 1]));

function generate(claims: number, seed = 42): Batch & { generator: BenchDataGenerator } {
  const generator = new BenchDataGenerator({ claims, seed, profile, sideIds });
  const all: Batch = { reports: [], events: [], claims: [] };
  for (let b = generator.nextBatch(100); b; b = generator.nextBatch(100)) {
    all.reports.push(...b.reports);
    all.events.push(...b.events);
    all.claims.push(...b.claims);
  }
  return { ...all, generator };
}

describe("BenchDataGenerator", () => {
  const data = generate(20_000);
  const reports = new Map(data.reports.map((r) => [r.id, r]));

  it("makes exactly the claims asked for, about ten per report, from the fixed cast", () => {
    expect(data.claims).toHaveLength(20_000);
    expect(data.reports.length).toBeGreaterThan(1_800);
    expect(data.reports.length).toBeLessThan(2_200);
    expect(data.generator.outlets).toHaveLength(20);
    expect(data.generator.claimants).toHaveLength(60);
    expect(data.generator.places).toHaveLength(200);
    expect(new Set(data.generator.places.map((p) => p.name)).size).toBe(200);
  });

  it("is deterministic for a seed", () => {
    const again = generate(2_000);
    const first = generate(2_000);
    expect(again.claims).toEqual(first.claims);
    expect(generate(2_000, 7).claims).not.toEqual(first.claims);
  });

  it("satisfies the claims table's CHECK constraints", () => {
    for (const c of data.claims) {
      expect(c.low).toBeGreaterThanOrEqual(0);
      expect(c.point).toBeGreaterThanOrEqual(0);
      if (c.high !== null) expect(c.high).toBeGreaterThanOrEqual(c.low);
      expect(c.spanStart).toBeGreaterThanOrEqual(0);
      expect(c.spanEnd).toBeGreaterThan(c.spanStart);
      if (c.periodStart && c.periodEnd) expect(c.periodEnd >= c.periodStart).toBe(true);
    }
    for (const e of data.events) expect(e.periodEnd >= e.periodStart).toBe(true);
  });

  it("quotes each claim exactly from its report's text and copies the report's outlet and date", () => {
    for (const c of data.claims) {
      const report = reports.get(c.reportId)!;
      expect(report.text.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
      expect(c.outletId).toBe(report.outletId);
      expect(c.publishedOn).toBe(report.publishedOn);
    }
  });

  it("gives reports a unique sha256 text_hash and a claim_count equal to their claims", () => {
    const perReport = new Map<number, number>();
    for (const c of data.claims) perReport.set(c.reportId, (perReport.get(c.reportId) ?? 0) + 1);
    for (const r of data.reports) {
      expect(r.textHash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.textHash).toBe(createHash("sha256").update(r.text, "utf8").digest("hex"));
      expect(r.claimCount).toBe(perReport.get(r.id) ?? 0);
    }
    expect(new Set(data.reports.map((r) => r.textHash)).size).toBe(data.reports.length);
  });

  it("covers every qualifier, open-ended and vague claims, both scopes, all outcomes, undated claims and rejections", () => {
    const seen = (pick: (c: ClaimRow) => unknown) => new Set(data.claims.map(pick));
    expect(seen((c) => c.qualifier)).toEqual(new Set(["exact", "at_least", "at_most", "about", "range", "vague"]));
    expect(seen((c) => c.outcome)).toEqual(new Set(["killed", "wounded", "captured"]));
    expect(seen((c) => c.scope)).toEqual(new Set(["incident", "cumulative"]));
    expect(data.claims.some((c) => c.high === null)).toBe(true);
    expect(data.claims.some((c) => c.eventId === null && c.periodStart === null)).toBe(true);
    expect(data.claims.some((c) => c.reviewStatus === "rejected")).toBe(true);
    const vagueTerms = Object.keys(CONVENTIONS["literal-v1"].values);
    for (const c of data.claims.filter((x) => x.qualifier === "vague")) {
      expect(vagueTerms).toContain(c.vagueTerm);
      expect(c.convention).toBe("literal-v1");
      expect(c.low).toBe(CONVENTIONS["literal-v1"].values[c.vagueTerm!]);
    }
    const incident = data.claims.filter((c) => c.scope === "incident").length / data.claims.length;
    expect(incident).toBeGreaterThan(0.8);
    expect(incident).toBeLessThan(0.9);
  });

  it("groups 1-6 claims per event, from different reports and claimants, at the event's place and period", () => {
    const events = new Map(data.events.map((e) => [e.id, e]));
    const members = new Map<number, ClaimRow[]>();
    for (const c of data.claims) if (c.eventId !== null) members.set(c.eventId, [...(members.get(c.eventId) ?? []), c]);
    expect(members.size).toBe(data.events.length);
    for (const [id, claims] of members) {
      const event = events.get(id)!;
      expect(claims.length).toBeGreaterThanOrEqual(1);
      expect(claims.length).toBeLessThanOrEqual(6);
      expect(new Set(claims.map((c) => c.reportId)).size).toBe(claims.length);
      expect(new Set(claims.map((c) => c.claimantId)).size).toBe(claims.length);
      for (const c of claims) {
        expect(c.placeId).toBe(event.placeId);
        expect(c.scope).toBe(event.scope);
        expect(c.periodStart! <= event.periodEnd && c.periodEnd! >= event.periodStart).toBe(true);
        expect(c.publishedOn >= event.periodEnd).toBe(true);
      }
    }
    expect([...members.values()].some((m) => m.length === 6)).toBe(true);
  });
});
