// Proves prisma/schema.prisma and the hand-written migrations describe the same
// database: the schema is read with Prisma's own parser (its DMMF), the database
// is the template `npm test` migrated from prisma/migrations.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTCOMES, QUALIFIERS, REVIEW_STATUSES, SCOPES } from "@/lib/claim-vocabulary";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";

type DmmfField = { name: string; dbName?: string | null; kind: string; type: string; isRequired: boolean; isList: boolean; nativeType?: [string, string[]] | null; relationFromFields?: string[] };
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] };
type Dmmf = { datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] } };

const require = createRequire(import.meta.url);
const schemaWasm = require("@prisma/prisma-schema-wasm") as { get_dmmf(params: string): string };
const dmmf = JSON.parse(schemaWasm.get_dmmf(JSON.stringify({ prismaSchema: readFileSync("prisma/schema.prisma", "utf8") }))) as Dmmf;

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;

/** The PostgreSQL type (udt_name) Prisma's migrations give a field. */
function expectedUdt(field: DmmfField): string {
  const native = field.nativeType?.[0];
  let base: string;
  if (field.kind === "enum") base = field.type;
  else if (native) base = { Char: "bpchar", VarChar: "varchar", Date: "date", Timestamptz: "timestamptz", Timestamp: "timestamp", Text: "text", Uuid: "uuid", SmallInt: "int2", Integer: "int4", BigInt: "int8", DoublePrecision: "float8", Real: "float4", JsonB: "jsonb", Json: "json" }[native] ?? native.toLowerCase();
  else base = { Int: "int4", BigInt: "int8", String: "text", Boolean: "bool", DateTime: "timestamp", Float: "float8", Decimal: "numeric", Json: "jsonb", Bytes: "bytea" }[field.type] ?? field.type;
  return field.isList ? `_${base}` : base;
}

let db: TestDatabase;
let columns: Map<string, Map<string, { udt: string; nullable: boolean }>>;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  columns = new Map();
  for (const r of rows) {
    if (!columns.has(r.table_name)) columns.set(r.table_name, new Map());
    columns.get(r.table_name)!.set(r.column_name, { udt: r.udt_name, nullable: r.is_nullable === "YES" });
  }
});

afterAll(async () => {
  await client.end();
  await db.drop();
});

describe("schema.prisma and prisma/migrations", () => {
  it("have the same tables, none missing on either side", () => {
    const modelTables = dmmf.datamodel.models.map(tableOf).sort();
    const dbTables = [...columns.keys()].filter((t) => t !== "_prisma_migrations").sort();
    expect(dbTables).toEqual(modelTables);
  });

  it.each(dmmf.datamodel.models.map((m) => [m.name, m] as const))("%s: every field has its column with a compatible type and nullability", (_, model) => {
    const table = columns.get(tableOf(model))!;
    const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
    for (const field of scalars) {
      const column = table.get(columnOf(field));
      expect(column, `${model.name}.${field.name} has no column ${columnOf(field)}`).toBeDefined();
      expect(column!.udt, `${model.name}.${field.name} type`).toBe(expectedUdt(field));
      // Prisma creates list columns nullable whatever the schema says.
      if (!field.isList) expect(column!.nullable, `${model.name}.${field.name} nullability`).toBe(!field.isRequired);
    }
    expect([...table.keys()].sort(), `${model.name} has columns the schema does not know`).toEqual(scalars.map(columnOf).sort());
  });

  it("have the same enums with the same values", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const inDb = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const inSchema = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(inDb).toEqual(inSchema);
  });

  it("have the same claim vocabulary as the code (outcomes, qualifiers, scopes, review statuses)", () => {
    const values = (name: string) => dmmf.datamodel.enums.find((e) => e.name === name)!.values.map((v) => v.name);
    expect(values("Outcome")).toEqual([...OUTCOMES]);
    expect(values("Qualifier")).toEqual([...QUALIFIERS]);
    expect(values("Scope")).toEqual([...SCOPES]);
    expect(values("ReviewStatus")).toEqual([...REVIEW_STATUSES]);
  });

  it("have every index and unique constraint the schema declares, on the same columns", async () => {
    const { rows } = await client.query<{ table: string; columns: string[]; unique: boolean }>(
      `SELECT t.relname AS table, i.indisunique AS unique,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       GROUP BY t.relname, i.indexrelid, i.indisunique`,
    );
    const inDb = new Set(rows.map((r) => `${r.table}(${r.columns.join(",")})${r.unique ? " unique" : ""}`));
    for (const index of dmmf.datamodel.indexes) {
      const model = dmmf.datamodel.models.find((m) => m.name === index.model)!;
      const cols = index.fields.map((f) => columnOf(model.fields.find((x) => x.name === f.name)!));
      const key = `${tableOf(model)}(${cols.join(",")})${index.type === "normal" ? "" : " unique"}`;
      expect(inDb.has(key), `missing index ${key}`).toBe(true);
    }
  });

  it("have a foreign key for every relation", async () => {
    const { rows } = await client.query<{ table: string; column: string; target: string }>(
      `SELECT tc.table_name AS table, kcu.column_name AS column, ccu.table_name AS target
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    );
    const inDb = new Set(rows.map((r) => `${r.table}.${r.column}->${r.target}`));
    for (const model of dmmf.datamodel.models) {
      for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
        const target = dmmf.datamodel.models.find((m) => m.name === field.type)!;
        for (const from of field.relationFromFields!) {
          const column = columnOf(model.fields.find((f) => f.name === from)!);
          expect(inDb.has(`${tableOf(model)}.${column}->${tableOf(target)}`), `${model.name}.${from} has no foreign key`).toBe(true);
        }
      }
    }
  });
});
