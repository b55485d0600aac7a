// X-Forwarded-For, X-Forwarded-Host and X-Forwarded-Proto are believed only with
// TRUST_PROXY=true (a reverse proxy in front sets them); by default any client could
// send them, so they are ignored.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as createUser } from "@/app/api/users/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createSession } from "@/lib/auth/sessions";
import { MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/login";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";

let db: TestDatabase;
let admin: string;
beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor");
  const user = await createOrUpdateUser(db.prisma, "admin@example.org", "correct horse battery staple", "admin");
  admin = `cc_session=${(await createSession(user.id)).token}`;
});
afterEach(async () => {
  delete process.env.TRUST_PROXY;
  await db.prisma.loginAttempt.deleteMany();
});
afterAll(() => db.drop());

const SITE = "http://localhost:3000";

function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  const request = new Request(`${SITE}/api/auth/login`, {
    method: "POST",
    headers: { host: "localhost:3000", origin: SITE, "content-type": "application/json", ...headers },
    body: JSON.stringify({ email, password }),
  });
  return login(request, {} as never);
}

function createUserFrom(headers: Record<string, string>) {
  const request = new Request(`${SITE}/api/users`, {
    method: "POST",
    headers: { host: "localhost:3000", cookie: admin, "content-type": "application/json", ...headers },
    body: JSON.stringify({ email: `u${Math.random().toString(36).slice(2)}@example.org`, password: "a long enough password", role: "editor" }),
  });
  return createUser(request, {} as never);
}

async function failFromNewAddresses(count: number, extra: (i: number) => Record<string, string>) {
  for (let i = 0; i < count; i++) expect((await signIn(`nobody${i}@example.org`, "guess", extra(i))).status).toBe(401);
}

describe("POST /api/auth/login, TRUST_PROXY unset (the default)", () => {
  it("counts failures by address even when each try names a new X-Forwarded-For", async () => {
    await failFromNewAddresses(MAX_FAILURES_PER_ADDRESS, (i) => ({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` }));
    const res = await signIn("editor@example.org", "correct horse battery", { "x-forwarded-for": "192.0.2.77" });
    expect(res.status).toBe(429);
  });

  it("counts failures by the peer address the front door saw, so one client cannot lock out another", async () => {
    // The front door (npm start) writes the socket's peer into this header, replacing any a client sent.
    await failFromNewAddresses(MAX_FAILURES_PER_ADDRESS, () => ({ [PEER_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" }));
    expect((await signIn("editor@example.org", "correct horse battery", { [PEER_ADDRESS_HEADER]: "198.51.100.7" })).status).toBe(429);
    expect((await signIn("editor@example.org", "correct horse battery", { [PEER_ADDRESS_HEADER]: "198.51.100.8" })).status).toBe(200);
  });

  it("does not mark the cookie Secure because a client says X-Forwarded-Proto: https", async () => {
    const res = await signIn("editor@example.org", "correct horse battery", { "x-forwarded-proto": "https" });
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).not.toMatch(/Secure/);
  });
});

describe("POST /api/auth/login, TRUST_PROXY=true", () => {
  it("counts failures by the address the proxy appended, last in X-Forwarded-For", async () => {
    process.env.TRUST_PROXY = "true";
    // A client inventing a new first entry each time, the proxy appending what it saw.
    await failFromNewAddresses(MAX_FAILURES_PER_ADDRESS, (i) => ({ "x-forwarded-for": `203.0.113.${i}, 10.9.9.9` }));
    expect((await signIn("editor@example.org", "correct horse battery", { "x-forwarded-for": "192.0.2.1, 10.9.9.9" })).status).toBe(429);
    // Another client, seen by the proxy at another address, signs in.
    expect((await signIn("editor@example.org", "correct horse battery", { "x-forwarded-for": "10.9.9.10" })).status).toBe(200);
  });

  it("marks the cookie Secure when the proxy says the site is served over https", async () => {
    process.env.TRUST_PROXY = "true";
    const res = await signIn("editor@example.org", "correct horse battery", { "x-forwarded-proto": "https" });
    expect(res.headers.get("set-cookie")).toMatch(/; Secure$/);
  });
});

describe("the same-origin check of every write (POST /api/users)", () => {
  it("TRUST_PROXY unset: X-Forwarded-Host: evil.example does not make evil.example this site (403)", async () => {
    const res = await createUserFrom({ "x-forwarded-host": "evil.example", origin: "http://evil.example" });
    expect(res.status).toBe(403);
    expect((await createUserFrom({ origin: SITE, "x-forwarded-host": "evil.example" })).status).toBe(201);
  });

  it("TRUST_PROXY=true: the host the proxy forwards is the site's (201), any other origin is refused (403)", async () => {
    process.env.TRUST_PROXY = "true";
    expect((await createUserFrom({ "x-forwarded-host": "claims.example.org", origin: "https://claims.example.org" })).status).toBe(201);
    expect((await createUserFrom({ "x-forwarded-host": "claims.example.org", origin: SITE })).status).toBe(403);
  });
});

describe("TRUST_PROXY itself", () => {
  it("must be true or false: anything else stops the start with one sentence", async () => {
    const { readEnv } = await import("@/lib/env");
    expect(() => readEnv({ TRUST_PROXY: "yes" })).toThrow("Configuration error: TRUST_PROXY must be true or false.");
    expect(readEnv({}).TRUST_PROXY).toBe(false);
  });
});
