import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { crlfRecords } from "@/lib/csv/crlf-records";

async function through(chunks: string[]): Promise<string> {
  let out = "";
  for await (const piece of Readable.from(chunks.map((c) => Buffer.from(c))).pipe(crlfRecords())) out += piece.toString();
  return out;
}

describe("crlfRecords", () => {
  it("ends records with CRLF but keeps a line break inside a quoted field, across chunk boundaries", async () => {
    expect(await through(['id,quote\n1,"two\nli', 'nes ""quoted"""\n2,plain\n'])).toBe('id,quote\r\n1,"two\nlines ""quoted"""\r\n2,plain\r\n');
  });
});

describe("crlfRecords on COPY's one-row chunks", () => {
  it("gives the same text whether the rows come one by one or all at once", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i},"a ""q"" and\na break",x\n`);
    const expected = rows.join("").replace(/",x\n/g, '",x\r\n');
    expect(await through(rows)).toBe(expected);
    expect(await through([rows.join("")])).toBe(expected);
  });
});
