import { describe, expect, it } from "vitest";
import { ConfigError, readEnv } from "@/lib/env";
import { describeConnectionError, redactUrl } from "@/lib/db/connection-error";

describe("readEnv", () => {
  it("defaults PORT to 3000 and leaves DATABASE_URL unset (the embedded database)", () => {
    const env = readEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses a PORT that is not a port, naming the variable", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => readEnv({ PORT: "70000" })).toThrow(/^Configuration error: PORT/);
  });
});

describe("describeConnectionError", () => {
  const url = "postgresql://me:secret@db.example:5432/claims";

  it.each([
    ["ECONNREFUSED", /nothing is listening there/],
    ["ENOTFOUND", /host name does not resolve/],
    ["28P01", /refused the user name or password/],
    ["3D000", /does not exist: create it first/],
  ])("explains %s in one sentence without the password", (code, pattern) => {
    const sentence = describeConnectionError({ code }, url);
    expect(sentence).toMatch(pattern);
    expect(sentence).not.toContain("secret");
    expect(sentence.split("\n")).toHaveLength(1);
  });

  it("redacts the password of a URL it prints", () => {
    expect(redactUrl(url)).toBe("postgresql://me:***@db.example:5432/claims");
  });
});
