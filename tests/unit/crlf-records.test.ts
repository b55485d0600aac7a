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
