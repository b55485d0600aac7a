// COPY cannot take bind parameters, so a COPY of a parameterised query needs its
// values written into the text. Only what our filters produce is accepted:
// strings (escaped by pg's escapeLiteral), finite numbers, booleans, and arrays of
// those; anything else throws rather than guess.
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(", ")}]`;
  throw new Error(`Cannot inline a ${typeof value} into SQL`);
}

export function inlineSql(sql: Prisma.Sql): string {
  const text = (sql as unknown as { text: string }).text;
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = sql.values[Number(n) - 1];
    // An empty array has no element type to infer; the casts in our SQL supply it.
    return Array.isArray(value) && value.length === 0 ? "'{}'" : literal(value);
  });
}
