// Environment variables, parsed once. Scripts and the server read configuration
// only through here, so a typo in a variable fails with one clear sentence.
import path from "node:path";
import { z } from "zod";

const ROOT = process.cwd();

const postgresUrl = z
  .string()
  .trim()
  .min(1)
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgresql:// (or postgres://)");

const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  /** A streaming replica (hot standby) of DATABASE_URL: the dashboard's reads go there when it is up to date. */
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. turbopackIgnore:
   * otherwise `next build` traces the whole directory as a file the server reads, reading the
   * database into memory (a 10M-claim .data made it run out of 24 GB).
   */
  DATA_DIR: z.string().default(path.join(/* turbopackIgnore: true */ ROOT, ".data")),
  /** false: reading needs a login too. */
  PUBLIC_READ: z.enum(["true", "false"], "must be true or false").default("true").transform((v) => v === "true"),
  /** true: a reverse proxy in front sets X-Forwarded-For/-Host/-Proto, and they are believed. */
  TRUST_PROXY: z.enum(["true", "false"], "must be true or false").default("false").transform((v) => v === "true"),
  /** The first admin, created on first start when both are set. */
  ADMIN_EMAIL: z.email("must be an e-mail address").optional(),
  ADMIN_PASSWORD: z.string().min(10, "must have at least 10 characters").optional(),
  /** The shared corpora and data sets beside the checkout. */
  SHARED_DIR: z.string().default(path.resolve(ROOT, "../shared")),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

const KEYS = Object.keys(envSchema.shape) as (keyof Env)[];
let last: { signature: string; env: Env } | null = null;

/**
 * Reads only the variables the schema names (process.env is a live view of the C
 * environment: listing all of it cost 0.2 ms, on every API request that asked whether
 * reading is public), and parses them again only when one has changed.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned: Record<string, string> = {};
  for (const key of KEYS) {
    const value = source[key];
    if (value !== undefined && value !== "") cleaned[key] = value;
  }
  const signature = JSON.stringify(cleaned);
  if (last?.signature === signature) return last.env;
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Configuration error: ${issue.path.join(".")} ${issue.message}.`);
  }
  last = { signature, env: parsed.data };
  return parsed.data;
}
