// The raw-query half of Prisma's client API ($queryRaw, $executeRaw) over one plain pg
// client, rows shaped as Prisma shapes them (./prisma-shaped). The writes that refresh
// the estimates are written against this shape, so they run unchanged in a Prisma
// transaction (an editor's correction, which also uses Prisma's models) or on pg (ingest,
// lib/mutations/with-estimates-lock.ts), where statements skip Prisma's query engine:
// `npm run bench:statements` measured this process's CPU per statement at 781 us through
// Prisma against 147 us through pg, and 5.9 ms against 1.8 ms with a batch's claims (487 KB).
import "server-only";
import type pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { prismaShaped } from "./prisma-shaped";

export type SqlRunner = {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
};

export function sqlRunner(client: pg.ClientBase): SqlRunner {
  const run = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) =>
    client.query(prismaShaped(query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]))));
  return {
    $queryRaw: async <T,>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rows as T,
    $executeRaw: async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => (await run(query, values)).rowCount ?? 0,
  };
}
