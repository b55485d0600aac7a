// `npm start` builds only when needed: the Prisma client when the schema changed,
// the Next.js production build when any source it is made from changed. A content
// hash (not mtimes, which a fresh clone resets) is kept beside each output.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { runCommand } from "./run-command";

const ROOT = process.cwd();
const SOURCE_DIRS = ["app", "components", "lib"];
const SOURCE_FILES = ["next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return SKIP.has(e.name) ? [] : listFiles(full);
      return [full];
    }),
  );
  return nested.flat();
}

async function hashFiles(files: string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    if (!existsSync(file)) continue;
    hash.update(path.relative(ROOT, file)).update("\0").update(await fs.readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

function isFresh(stampFile: string, digest: string): boolean {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8") === digest;
}

/** Node with the env Prisma's CLI needs here: it insists on a schema-engine binary it cannot download. */
function prismaEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
}

export async function ensurePrismaClient(log: (line: string) => void): Promise<void> {
  const stamp = path.join(ROOT, "lib/generated/prisma/.schema-hash");
  const digest = await hashFiles([path.join(ROOT, "prisma/schema.prisma")]);
  if (isFresh(stamp, digest)) return;
  log("Generating the Prisma client…");
  await runCommand(process.execPath, ["node_modules/prisma/build/index.js", "generate"], prismaEnv());
  writeFileSync(stamp, digest);
}

export async function ensureNextBuild(log: (line: string) => void): Promise<void> {
  await ensurePrismaClient(log);
  const stamp = path.join(ROOT, ".next/source-hash");
  const files = [...(await Promise.all(SOURCE_DIRS.map((d) => listFiles(path.join(ROOT, d))))).flat(), ...SOURCE_FILES.map((f) => path.join(ROOT, f))];
  const digest = await hashFiles(files);
  if (isFresh(stamp, digest) && existsSync(path.join(ROOT, ".next/BUILD_ID"))) return;
  log("Building the app (first start, or the sources changed)…");
  await runCommand(process.execPath, ["node_modules/next/dist/bin/next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  writeFileSync(stamp, digest);
}
