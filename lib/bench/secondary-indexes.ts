// Bulk loads are faster when secondary indexes are built once at the end instead
// of updated row by row. Definitions are read from the catalogue (not hard-coded),
// so indexes a newer migration adds are dropped and rebuilt the same way.
// Primary keys and unique indexes stay: they guard the data while it loads.
import type pg from "pg";

export type IndexDefinition = { name: string; definition: string };

export async function dropSecondaryIndexes(client: pg.ClientBase, tables: string[]): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT quote_ident(ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT i.indisprimary AND NOT i.indisunique
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY ic.relname`,
    [tables],
  );
  for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
  return rows;
}

export async function createIndexes(client: pg.ClientBase, indexes: IndexDefinition[], log: (line: string) => void): Promise<void> {
  for (const index of indexes) {
    const started = performance.now();
    await client.query(index.definition);
    log(`  index ${index.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
