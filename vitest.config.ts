import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
import { defineConfig } from "vitest/config";

// Unit tests run in parallel; integration tests share one Postgres cluster and each
// file makes its own database from the migrated template (tests/fixtures/database.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": ROOT,
      // "server-only" throws outside React Server Components; tests call server code directly.
      "server-only": path.resolve(ROOT, "tests/fixtures/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
