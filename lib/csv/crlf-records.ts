// COPY ends CSV records with LF; RFC 4180 wants CRLF. This rewrites record ends
// only, never a line break inside a quoted field, tracking quotes across chunks.
// It writes straight into blocks of at least 64 KB, so the rewriting and the
// gathering of COPY's chunks (a few rows to a few KB each) are one copy of each byte;
// the web stream of the response then carries a few thousand blocks, not a million rows.
import { Transform } from "node:stream";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BLOCK = 64 * 1024;

export function crlfRecords(): Transform {
  let inQuotes = false;
  let block = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  const ends: number[] = []; // record-ending LFs of the current chunk (reused)
  const takeBlock = () => {
    const full = block.subarray(0, used);
    block = Buffer.allocUnsafe(BLOCK);
    used = 0;
    return full;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      ends.length = 0;
      // Two monotonic scans (quotes, line feeds), so each byte is looked at once.
      let quote = chunk.indexOf(QUOTE);
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
        for (; quote !== -1 && quote < i; quote = chunk.indexOf(QUOTE, quote + 1)) inQuotes = !inQuotes; // "" toggles twice
        if (!inQuotes) ends.push(i); // a line break inside a quoted field stays as it is
      }
      for (; quote !== -1; quote = chunk.indexOf(QUOTE, quote + 1)) inQuotes = !inQuotes;
      const needed = chunk.length + ends.length;
      if (used + needed > block.length) {
        if (used) this.push(takeBlock());
        if (needed > block.length) block = Buffer.allocUnsafe(needed);
      }
      let from = 0;
      for (const end of ends) {
        used += chunk.copy(block, used, from, end);
        block[used++] = CR;
        block[used++] = LF;
        from = end + 1;
      }
      used += chunk.copy(block, used, from);
      done(null, used >= BLOCK ? takeBlock() : undefined);
    },
    flush(done) {
      done(null, used ? takeBlock() : undefined);
    },
  });
}
