import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLocalMigrations } from "@/lib/db/migrate";
import { getFreePort } from "@/lib/db/free-port";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe("GET /api/health", () => {
  it("answers 200 with the number of applied migrations", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ db: "ok", migrations: (await readLocalMigrations()).length });
  });

  it("answers 503 with a JSON error when the database cannot be reached", async () => {
    const port = await getFreePort(); // nothing listens there
    const saved = process.env.DATABASE_URL;
    const globals = globalThis as { prisma?: unknown };
    const savedClient = globals.prisma;
    process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/nothing`;
    delete globals.prisma;
    try {
      const { GET } = await import("@/app/api/health/route");
      const res = await GET();
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.error.code).toBe("db_unavailable");
      expect(body.error.message).toMatch(/database/i);
      expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(/); // no stack trace
    } finally {
      process.env.DATABASE_URL = saved;
      globals.prisma = savedClient;
    }
  });
});
