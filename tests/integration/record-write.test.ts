// Read-your-writes marks (lib/auth/sessions.ts, recordWriteBy): after a write, each of
// the writer's sessions holds a WAL position past it. One user's writes arriving together
// share the update, and none is left with a position older than its own write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureQueries } from "@/lib/bench/sql-capture";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createSession, recordWriteBy } from "@/lib/auth/sessions";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";

let db: TestDatabase;
let userId: number;
beforeAll(async () => {
  db = await createTestDatabase();
  userId = (await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor")).id;
  await createSession(userId);
  await createSession(userId); // a second browser
});
afterAll(async () => {
  await db.drop();
});

const walNow = async () => (await db.prisma.$queryRaw<{ lsn: bigint }[]>`SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint AS lsn`)[0].lsn;
const marks = async () => (await db.prisma.session.findMany({ where: { userId }, select: { lastWriteLsn: true } })).map((s) => s.lastWriteLsn);

describe("recordWriteBy", () => {
  it("marks every live session of the writer past the write", async () => {
    await db.prisma.$executeRaw`UPDATE users SET name = 'Ed' WHERE id = ${userId}`;
    const written = await walNow();
    await recordWriteBy(userId);
    for (const mark of await marks()) expect(mark! >= written).toBe(true);
  });

  it("shares one update among writes arriving together, and each caller's mark is past its own write", async () => {
    let latestWrite = 0n;
    const statements = await captureQueries(() =>
      Promise.all(
        Array.from({ length: 16 }, async (_, i) => {
          await db.prisma.$executeRaw`UPDATE users SET name = ${`Ed ${i}`} WHERE id = ${userId}`;
          const written = await walNow();
          if (written > latestWrite) latestWrite = written;
          await recordWriteBy(userId);
          // Once a caller's mark is recorded, it is past that caller's write.
          for (const mark of await marks()) expect(mark! >= written).toBe(true);
        }),
      ),
    );
    const updates = statements.filter((s) => /UPDATE sessions SET last_write_lsn/.test(s.text));
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(updates.length).toBeLessThan(16);
    for (const mark of await marks()) expect(mark! >= latestWrite).toBe(true);
  });
});
