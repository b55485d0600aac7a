// readSql (lib/db/read-sql.ts) runs the dashboard's reads on plain pg instead of
// prisma.$queryRaw: a query module must get the very rows it got from Prisma, value
// types included (a BigInt where Prisma gave one, a Date in UTC, a Decimal), whatever
// the process's time zone, and errors a route can recognise.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { readSql } from "@/lib/db/read-sql";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;
const originalTz = process.env.TZ;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-26" }, [{ side: "regime", low: 30, high: null }]);
});
afterAll(async () => {
  process.env.TZ = originalTz;
  await db.drop();
});

// One column of each type the views return, nulls and arrays included.
const EVERY_TYPE = Prisma.sql`
  SELECT 42::int AS int4, 9007199254740993::int8 AS int8, NULL::int8 AS int8_null, 1.25::float8 AS float8,
         12.50::numeric AS numeric, true AS bool, 'text'::text AS text, 'killed'::"Outcome" AS outcome,
         '2016-02-29'::date AS date, '2016-02-29 23:30:00.123'::timestamp AS ts,
         '2016-02-29 23:30:00+00'::timestamptz AS tstz,
         ARRAY[1, NULL, 3]::int8[] AS int8s, ARRAY['2016-01-01', NULL]::date[] AS dates,
         ARRAY['a', NULL, 'c,d']::text[] AS texts, ARRAY[1, 2]::int[] AS int4s,
         '{"a": [1, 2]}'::jsonb AS jsonb,
         ${"it's"}::text AS param_text, ${7}::int AS param_int, ${["x", "y"]}::text[] AS param_array,
         ${new Prisma.Decimal("2.50")}::numeric AS param_decimal, ${new Date("2016-03-01T00:00:00Z")}::timestamptz AS param_date`;

describe("readSql", () => {
  it.each(["UTC", "Asia/Damascus", "America/Los_Angeles"])("returns what prisma.$queryRaw returns, value types included (TZ=%s)", async (tz) => {
    process.env.TZ = tz;
    const [fromPrisma] = await db.prisma.$queryRaw<Record<string, unknown>[]>(EVERY_TYPE);
    const [fromPg] = await readSql<Record<string, unknown>[]>(EVERY_TYPE);
    expect(fromPg).toEqual(fromPrisma);
    for (const [column, value] of Object.entries(fromPrisma)) {
      expect(Object.prototype.toString.call(fromPg[column]), column).toBe(Object.prototype.toString.call(value));
    }
    expect(fromPg.int8).toBe(9007199254740993n);
    expect((fromPg.date as Date).toISOString()).toBe("2016-02-29T00:00:00.000Z");
    expect(fromPg.numeric).toBeInstanceOf(Prisma.Decimal);
  });

  it("refuses to write: a read that writes would commit outside the estimates lock", async () => {
    await expect(readSql(Prisma.sql`UPDATE data_version SET version = version + 1 WHERE id = 1`)).rejects.toThrow(/read-only transaction/);
  });

  it("raises pg's error for bad SQL, and one isDatabaseUnavailable recognises for a stopped server", async () => {
    await expect(readSql(Prisma.sql`SELECT no_such_column FROM claims`)).rejects.toThrow(/no_such_column/);
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:1/none";
    try {
      const err = await readSql(Prisma.sql`SELECT 1`).catch((e: unknown) => e);
      expect(isDatabaseUnavailable(err)).toBe(true);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});

describe("withEstimatesSql, ingest's transaction on pg", () => {
  it("gives what Prisma's transaction gives, for a tagged template and a Prisma.Sql alike, and a write's row count", async () => {
    const { withEstimatesSql } = await import("@/lib/mutations/with-estimates-lock");
    const viaPrisma = await db.prisma.$transaction(async (tx) => ({
      template: await tx.$queryRaw<Record<string, unknown>[]>`SELECT ${"x"}::text AS t, 5::int8 AS n, '2016-02-29'::date AS d`,
      sql: await tx.$queryRaw<Record<string, unknown>[]>(EVERY_TYPE),
      changed: await tx.$executeRaw`UPDATE outlets SET name = name WHERE name = ${"SOHR"}`,
    }));
    const viaPg = await withEstimatesSql(async (tx) => ({
      template: await tx.$queryRaw<Record<string, unknown>[]>`SELECT ${"x"}::text AS t, 5::int8 AS n, '2016-02-29'::date AS d`,
      sql: await tx.$queryRaw<Record<string, unknown>[]>(EVERY_TYPE),
      changed: await tx.$executeRaw`UPDATE outlets SET name = name WHERE name = ${"SOHR"}`,
    }));
    expect(viaPg).toEqual(viaPrisma);
    expect(viaPg.changed).toBe(1);
  });

  it("keeps nothing of a transaction that fails, and hands a clean connection to the next", async () => {
    const { withEstimatesSql } = await import("@/lib/mutations/with-estimates-lock");
    const before = await db.prisma.outlet.count();
    await expect(
      withEstimatesSql(async (tx) => {
        await tx.$executeRaw`INSERT INTO outlets (name) VALUES (${"Kept by no one"})`;
        await tx.$executeRaw`SELECT no_such_column FROM outlets`;
      }),
    ).rejects.toThrow(/no_such_column/);
    expect(await db.prisma.outlet.count()).toBe(before);
    // Every connection of the write pool is used after the failure: none is left in an aborted transaction.
    const counts = await Promise.all(Array.from({ length: 6 }, () => withEstimatesSql((tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outlets`)));
    expect(counts.map(([row]) => row.n)).toEqual(Array(6).fill(before));
  });
});
