import { describe, expect, it } from "vitest";
import { CLAIM_COPY, copyLine, copyValue, EVENT_COPY, REPORT_COPY } from "@/lib/bench/copy-format";
import { BenchDataGenerator } from "@/lib/bench/generator";
import type { ClaimRow } from "@/lib/bench/rows";
import { getProfile } from "@/lib/profiles";

describe("COPY text format", () => {
  it("escapes backslashes, tabs and line breaks, and writes null as \\N", () => {
    expect(copyValue("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(12)).toBe("12");
    expect(copyLine(["x", null, 3])).toBe("x\t\\N\t3\n");
  });

  it("writes one field per column for every table, the claim's event and report included", () => {
    const profile = getProfile();
    const generator = new BenchDataGenerator({ claims: 200, seed: 1, profile, sideIds: new Map(profile.sides.map((s, i) => [s.key, i + 1])) });
    const batch = generator.nextBatch(100)!;
    const now = "2026-01-01T00:00:00.000Z";
    const fields = (line: string) => line.replace(/\n$/, "").split("\t");
    for (const r of batch.reports) expect(fields(REPORT_COPY.line(r, now))).toHaveLength(REPORT_COPY.columns.length);
    for (const e of batch.events) expect(fields(EVENT_COPY.line(e, now))).toHaveLength(EVENT_COPY.columns.length);
    const inEvent = batch.claims.find((c) => c.eventId !== null)!;
    const claim = fields(CLAIM_COPY.line(inEvent, now));
    expect(claim).toHaveLength(CLAIM_COPY.columns.length);
    const column = (name: string) => claim[CLAIM_COPY.columns.indexOf(name)];
    expect(column("event_id")).toBe(String(inEvent.eventId));
    expect(column("report_id")).toBe(String(inEvent.reportId));
    expect(column("quote")).toBe(inEvent.quote);
    // Every field of the row type reaches a column (camelCase -> snake_case).
    const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    for (const key of Object.keys(inEvent) as (keyof ClaimRow)[]) expect(CLAIM_COPY.columns).toContain(snake(key));
  });
});
