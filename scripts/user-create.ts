// npm run user:create -- --email E --role editor|admin
// Asks for the password (hidden), or reads it from standard input when piped:
//   echo "$PASSWORD" | npm run user:create -- --email e@example.org --role editor
// An existing account with that e-mail gets the new password and role.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createOrUpdateUser, UserInputError } from "@/lib/auth/create-user";
import { getPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { provisionDatabase } from "@/lib/db/provision";
import { ConfigError, readEnv } from "@/lib/env";
import { runMain } from "@/lib/runtime/run-main";

const optionsSchema = z.object({ email: z.string().min(3, "is required"), role: z.enum(["editor", "admin"], "must be editor or admin") });

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, "");
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  process.stdout.write("Password: ");
  // Hide what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const password = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return password;
}

runMain("user:create", async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "editor" } } });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`--${issue.path.join(".")} ${issue.message}. Usage: npm run user:create -- --email E --role editor|admin`);
  }
  const password = await readPassword();
  const db = await provisionDatabase(readEnv());
  try {
    await applyMigrations(db.url);
    process.env.DATABASE_URL = db.url;
    const { created } = await createOrUpdateUser(getPrisma(), parsed.data.email, password, parsed.data.role);
    console.log(`${created ? "Created" : "Updated"} ${parsed.data.role} ${parsed.data.email.trim().toLowerCase()}.`);
    await getPrisma().$disconnect();
  } catch (err) {
    if (err instanceof UserInputError) throw new ConfigError(err.message);
    throw err;
  } finally {
    await db.stop();
  }
});
