// Where the app's data lives: DATABASE_URL when set, otherwise the embedded
// PostgreSQL in DATA_DIR/postgres. Used by `npm start`, `npm run dev` and the CLIs.
import path from "node:path";
import { ConfigError, type Env } from "../env";
import { describeConnectionError } from "./connection-error";
import { ensureDatabase, pingDatabase } from "./databases";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

export const APP_DATABASE = "casualty_claims";

export type ProvisionedDatabase = {
  url: string;
  embedded: EmbeddedServer | null;
  stop(): Promise<void>;
};

export async function provisionDatabase(env: Env, log: (line: string) => void = () => {}): Promise<ProvisionedDatabase> {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    try {
      await pingDatabase(url);
    } catch (err) {
      throw new ConfigError(describeConnectionError(err, url));
    }
    return { url, embedded: null, stop: async () => {} };
  }
  const dataDir = path.join(env.DATA_DIR, "postgres");
  const server = await startEmbeddedPostgres({ dataDir });
  log(
    server.reused
      ? `Using the embedded PostgreSQL already running on port ${server.port} (${dataDir}).`
      : `Started the embedded PostgreSQL on port ${server.port} (data in ${dataDir}).`,
  );
  await ensureDatabase(server.urlFor("postgres"), APP_DATABASE);
  return { url: server.urlFor(APP_DATABASE), embedded: server, stop: () => server.stop() };
}
