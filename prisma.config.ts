// The Prisma CLI's configuration. Migrations are applied by our own runner
// (lib/db/migrate.ts, `npm run db:migrate`), so the CLI only needs the schema
// for `prisma generate`; the URL is read lazily and may be absent.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
