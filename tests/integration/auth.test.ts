// Signing in, sessions, roles and the checks every write goes through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as logout } from "@/app/api/auth/logout/route";
import { GET as listClaims } from "@/app/api/claims/route";
import { POST as createUser } from "@/app/api/users/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { call, cookieFrom } from "../fixtures/http";

let db: TestDatabase;
beforeAll(async () => {
  // These tests stand for clients behind the site's reverse proxy, told apart by X-Forwarded-For
  // (tests/integration/trust-proxy.test.ts covers the default, where that header is not believed).
  process.env.TRUST_PROXY = "true";
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor");
  await createOrUpdateUser(db.prisma, "admin@example.org", "correct horse battery staple", "admin");
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  await db.drop();
});

const signIn = (email: string, password: string, address = "10.0.0.1") =>
  login(new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-for": address, "content-type": "application/json" }, body: JSON.stringify({ email, password }) }), {} as never);

describe("POST /api/auth/login", () => {
  it("signs in with the right password and sets an httpOnly, SameSite=Lax session cookie", async () => {
    const res = await signIn("Editor@Example.org", "correct horse battery");
    expect(res.status).toBe(200);
    expect((await res.json()).user).toMatchObject({ email: "editor@example.org", role: "editor" });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^cc_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const stored = await db.prisma.session.findMany();
    expect(stored).toHaveLength(1);
    expect(cookie).not.toContain(stored[0].id); // the database keeps only the token's hash
  });

  it("marks the cookie Secure when the site is served over https", async () => {
    const res = await login(new Request("https://claims.example/api/auth/login", { method: "POST", headers: { host: "claims.example", origin: "https://claims.example", "content-type": "application/json" }, body: JSON.stringify({ email: "editor@example.org", password: "correct horse battery" }) }), {} as never);
    expect(res.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("answers 401 with one sentence for a wrong password, and does not say whether the account exists", async () => {
    const wrong = await signIn("editor@example.org", "wrong", "10.0.0.2");
    const unknown = await signIn("nobody@example.org", "wrong", "10.0.0.2");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
  });

  it("answers 429 after five failures for one account, even with the right password", async () => {
    for (let i = 0; i < 5; i++) expect((await signIn("admin@example.org", `guess ${i}`, `10.1.0.${i}`)).status).toBe(401);
    const res = await signIn("admin@example.org", "correct horse battery staple", "10.1.0.99");
    expect(res.status).toBe(429);
    expect((await res.json()).error.message).toMatch(/Wait 15 minutes/);
  });

  it("answers 429 after twenty failures from one address, whatever the accounts tried", async () => {
    for (let i = 0; i < 20; i++) await signIn(`someone${i}@example.org`, "guess", "10.9.9.9");
    const res = await signIn("editor@example.org", "correct horse battery", "10.9.9.9");
    expect(res.status).toBe(429);
    expect((await signIn("editor@example.org", "correct horse battery", "10.9.9.10")).status).toBe(200);
  });

  it("lets an expired session sign in no one", async () => {
    const cookie = cookieFrom(await signIn("editor@example.org", "correct horse battery", "10.4.0.1"));
    await db.prisma.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await call(createUser, { method: "POST", body: { email: "z@example.org", password: "a long enough password", role: "editor" }, cookie });
    expect(res.status).toBe(401);
  });

  it("answers 400 naming the field for a body without a password", async () => {
    const res = await login(new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "x@example.org" }) }), {} as never);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^password:/);
  });
});

describe("roles and origins", () => {
  it("lets an admin create an editor, and refuses an editor with 403 and a visitor with 401", async () => {
    const editor = cookieFrom(await signIn("editor@example.org", "correct horse battery", "10.2.0.1"));
    const body = { email: "new@example.org", password: "a long enough password", role: "editor" };
    expect((await call(createUser, { method: "POST", body })).status).toBe(401);
    expect((await call(createUser, { method: "POST", body, cookie: editor })).status).toBe(403);
    await db.prisma.loginAttempt.deleteMany();
    const realAdmin = cookieFrom(await signIn("admin@example.org", "correct horse battery staple", "10.2.0.2"));
    const res = await call(createUser, { method: "POST", body, cookie: realAdmin });
    expect(res.status).toBe(201);
    expect(await db.prisma.auditEntry.count({ where: { entityType: "user", action: "create" } })).toBe(1);
  });

  it("refuses a write from another site with 403, even with a valid session", async () => {
    const admin = cookieFrom(await signIn("admin@example.org", "correct horse battery staple", "10.2.0.3"));
    const res = await call(createUser, { method: "POST", body: { email: "x@example.org", password: "a long enough password", role: "editor" }, cookie: admin, origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/did not come from a page of this site/);
    const noOrigin = await call(createUser, { method: "POST", body: { email: "x@example.org", password: "a long enough password", role: "editor" }, cookie: admin, origin: null });
    expect(noOrigin.status).toBe(403);
  });

  it("ends a session on logout: the same cookie no longer signs in", async () => {
    const admin = cookieFrom(await signIn("admin@example.org", "correct horse battery staple", "10.2.0.4"));
    const out = await call(logout, { method: "POST", cookie: admin });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^cc_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/);
    const res = await call(createUser, { method: "POST", body: { email: "y@example.org", password: "a long enough password", role: "editor" }, cookie: admin });
    expect(res.status).toBe(401);
  });

  it("with PUBLIC_READ=false, reading needs a session too", async () => {
    process.env.PUBLIC_READ = "false";
    try {
      expect((await call(listClaims)).status).toBe(401);
      const editor = cookieFrom(await signIn("editor@example.org", "correct horse battery", "10.3.0.1"));
      expect((await call(listClaims, { cookie: editor })).status).toBe(200);
    } finally {
      delete process.env.PUBLIC_READ;
    }
  });
});

describe("a session of a disabled account", () => {
  it("lets a disabled account's open session sign in no one, and the session of another still works", async () => {
    await createOrUpdateUser(db.prisma, "admin2@example.org", "another horse battery staple", "admin"); // admin@ is locked out by the tests above
    const editor = cookieFrom(await signIn("editor@example.org", "correct horse battery", "10.4.0.2"));
    const admin = cookieFrom(await signIn("admin2@example.org", "another horse battery staple", "10.4.0.3"));
    const newUser = (cookie: string, email: string) => call(createUser, { method: "POST", body: { email, password: "a long enough password", role: "editor" }, cookie });
    expect((await newUser(admin, "y1@example.org")).status).toBe(201);
    await db.prisma.user.update({ where: { email: "admin2@example.org" }, data: { disabledAt: new Date() } });
    expect((await newUser(admin, "y2@example.org")).status).toBe(401);
    expect((await newUser(editor, "y3@example.org")).status).toBe(403); // signed in, but an editor may not add accounts
  });
});
