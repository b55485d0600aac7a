// A bad DATABASE_URL gives one clear sentence, never a stack trace.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getFreePort } from "@/lib/db/free-port";

const run = promisify(execFile);

async function migrateWith(databaseUrl: string): Promise<{ code: number; stderr: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-migrate.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("a bad DATABASE_URL", () => {
  it("that is not a PostgreSQL URL is refused in one sentence", async () => {
    const { code, stderr } = await migrateWith("mysql://localhost/db");
    expect(code).toBe(1);
    expect(stderr.trim()).toBe("Configuration error: DATABASE_URL must start with postgresql:// (or postgres://).");
  });

  it("that points where no server listens says so in one sentence", async () => {
    const port = await getFreePort();
    const { code, stderr } = await migrateWith(`postgresql://someone:secret@127.0.0.1:${port}/claims`);
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot reach PostgreSQL at postgresql:\/\/someone:\*\*\*@127\.0\.0\.1:\d+\/claims: nothing is listening there/);
    expect(stderr).not.toContain("secret");
  });

  it("with a wrong password says the credentials were refused", async () => {
    const admin = new URL(process.env.TEST_ADMIN_URL!);
    admin.password = "wrong-password";
    const { code, stderr } = await migrateWith(admin.toString());
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/refused the user name or password in DATABASE_URL\.$/);
  });
});
