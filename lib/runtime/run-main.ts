import { ConfigError } from "@/lib/env";
import { MigrationError } from "@/lib/db/migrate";

/** Runs a command-line entry point: expected failures print one sentence, not a stack trace. */
export function runMain(name: string, main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError || err instanceof MigrationError) console.error(err.message);
    else if (err instanceof Error) console.error(`${name} failed: ${err.message}${process.env.DEBUG ? `\n${err.stack}` : ""}`);
    else console.error(`${name} failed: ${String(err)}`);
    process.exit(1);
  });
}
