// A Prisma.Sql statement as a pg query whose rows come back as prisma.$queryRaw returns
// them, so SQL built with the helpers of lib/sql runs unchanged on a plain pg client
// (lib/db/read-sql.ts for reads, lib/db/sql-runner.ts for writes).
import "server-only";
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";

/** The statement with its parameters converted and the row parsers Prisma's raw queries use. */
export function prismaShaped(query: Prisma.Sql): pg.QueryConfig {
  return { text: query.text, values: query.values.map(toParameter), types: PRISMA_TYPES };
}

// Parameters: the lib/sql builders pass strings, numbers, booleans and arrays of them.
// A Date is sent as an instant in UTC (pg would print it in the process's time zone), a
// Decimal as its digits (pg would send an object as JSON).
function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toParameter);
  return value;
}

// Result values as Prisma's raw queries return them (its adapter's parsers, then its
// client's): int8 a BigInt, numeric a Decimal, date and timestamp a Date in UTC (pg alone
// would read them in the process's time zone); the rest as pg reads them.
const OID = { int8: 20, textArray: 1009, time: 1083, date: 1082, timestamp: 1114, numeric: 1700, int8Array: 1016, dateArray: 1182, timestampArray: 1115, numericArray: 1231 } as const;
// pg's parser of text[] (its TypeId lists scalar types only) splits any array literal.
const parseTextArray = pg.types.getTypeParser(OID.textArray as never) as (text: string) => (string | null)[];
const toBigInt = (text: string) => BigInt(text);
const toDecimal = (text: string) => new Prisma.Decimal(text);
const toDate = (text: string) => new Date(text); // YYYY-MM-DD is read as UTC midnight
const toTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}+00:00`);
const toTime = (text: string) => new Date(`1970-01-01T${text}Z`);
const arrayOf = <T,>(element: (text: string) => T) => (text: string) => parseTextArray(text).map((v) => (v === null ? null : element(v)));

const PARSERS = new Map<number, (text: string) => unknown>([
  [OID.int8, toBigInt],
  [OID.numeric, toDecimal],
  [OID.date, toDate],
  [OID.timestamp, toTimestamp],
  [OID.time, toTime],
  [OID.int8Array, arrayOf(toBigInt)],
  [OID.numericArray, arrayOf(toDecimal)],
  [OID.dateArray, arrayOf(toDate)],
  [OID.timestampArray, arrayOf(toTimestamp)],
]);

const PRISMA_TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    (format !== "binary" && PARSERS.get(oid)) || pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};
